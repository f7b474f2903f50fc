import Foundation
import OmneoHTTP

/// A reward definition's writable fields (`POST`/`PUT /rewards/definitions…`, `omneo-sdk`
/// `src/types/rewards.ts`, `RequestCreateRewardDefinition`): `name`, `handle`, `type`, `value`
/// and `period` required on create; `period_type` one of `days`, `weeks`, `months`, `years`.
struct RewardDefinitionInput: Sendable {
    var name: Field<String> = .absent
    var handle: Field<String> = .absent
    var type: Field<String> = .absent
    var value: Field<Double> = .absent
    var period: Field<Int> = .absent
    var periodType: Field<String> = .absent
    var isAssignable: Field<Bool> = .absent
    var isPublished: Field<Bool> = .absent
    var description: Field<String> = .absent
    var tags: Field<[String]> = .absent

    /// `RewardDefinitionTypeEnum`.
    static let types: Set<String> = [
        "activation", "anniversary", "birthday", "bonus", "campaign", "customer-service", "reactivation", "spend",
        "staff", "system-adjustment", "tier", "achievement", "status", "points", "referral", "other",
    ]
    static let periodTypes: Set<String> = ["days", "weeks", "months", "years"]

    static func read(_ object: [String: JSONValue], mode: InputReader.Mode) throws -> RewardDefinitionInput {
        var reader = InputReader(
            object, mode: mode,
            allowed: [
                "name", "handle", "type", "value", "period", "period_type", "is_assignable", "is_published",
                "description", "tags",
            ])
        var input = RewardDefinitionInput()
        input.name = reader.string("name", required: true, nullable: false)
        input.handle = reader.string("handle", required: true, nullable: false)
        input.type = reader.string("type", required: true, nullable: false)
        if let type = input.type.value, !types.contains(type) {
            reader.add("type", "The selected type is invalid.")
        }
        input.value = reader.number("value", required: true, nullable: false, range: 0...1e9)
        input.period = reader.integer("period", required: true, nullable: false, range: 0...100_000)
        input.periodType = reader.string("period_type", nullable: false)
        if let unit = input.periodType.value, !periodTypes.contains(unit) {
            reader.add("period_type", "The period type must be one of days, weeks, months, years.")
        }
        input.isAssignable = reader.boolean("is_assignable")
        input.isPublished = reader.boolean("is_published")
        input.description = reader.string("description", maxLength: 1000)
        input.tags = reader.strings("tags")
        try reader.errors.check()
        return input
    }

    func apply(to record: inout RewardDefinitionRecord) {
        name.apply(to: &record.name)
        handle.apply(to: &record.handle)
        type.apply(to: &record.type)
        value.apply(to: &record.value)
        period.apply(to: &record.period)
        periodType.apply(to: &record.periodType)
        isAssignable.apply(to: &record.isAssignable)
        isPublished.apply(to: &record.isPublished)
        description.apply(to: &record.description)
        tags.apply(to: &record.tags)
    }
}

/// A reward's writable fields (`POST /rewards`, `omneo-sdk` `src/types/rewards.ts`,
/// `RequestCreateReward`; `PUT /rewards/{id}`, `RequestUpdateReward`). On create
/// `profile_id`, `reward_definition_id` (or `reward_definition_handle`) and `timezone` (an
/// IANA zone) are required; times are
/// local to `timezone` (stored in UTC); `value_initial` defaults to the definition's value,
/// `value_remaining` to `value_initial` and may not exceed it; `expires_at` defaults to
/// `issued_at` plus the definition's period.
struct RewardInput: Sendable {
    var profileID: String?
    var rewardDefinitionID: Int?
    /// The definition by handle (`RequestCreateReward.reward_definition_handle`), when no id is sent.
    var rewardDefinitionHandle: String?
    var timezone: TimeZone?
    var valueInitial: Field<Double> = .absent
    var valueRemaining: Field<Double> = .absent
    /// Local times as sent.
    var issuedAt: String?
    var expiresAt: String?
    var externalID: Field<String> = .absent
    var meta: Field<String> = .absent

    static func read(_ object: [String: JSONValue], mode: InputReader.Mode) throws -> RewardInput {
        let allowed: Set<String> =
            mode == .create
            ? [
                "profile_id", "reward_definition_id", "reward_definition_handle", "timezone", "value_initial",
                "value_remaining", "issued_at", "expires_at", "external_id", "meta",
            ] : ["value_initial", "value_remaining", "expires_at", "meta", "timezone"]
        var reader = InputReader(object, mode: mode, allowed: allowed)
        var input = RewardInput()
        input.profileID = reader.identifier("profile_id", required: mode == .create).value?.lowercased()
        input.rewardDefinitionHandle = reader.string("reward_definition_handle", nullable: false).value
        input.rewardDefinitionID = reader.integer(
            "reward_definition_id", required: mode == .create && input.rewardDefinitionHandle == nil, nullable: false,
            range: 1...Int(Int32.max)
        ).value
        if let name = reader.string("timezone", required: mode == .create, nullable: false, maxLength: 64).value {
            input.timezone = TimeZone(identifier: name)
            if input.timezone == nil { reader.add("timezone", "The timezone must be a valid zone.") }
        }
        input.valueInitial = reader.number("value_initial", nullable: false, range: 0...1e9)
        input.valueRemaining = reader.number("value_remaining", nullable: false, range: 0...1e9)
        for key in ["issued_at", "expires_at"] {
            let text = reader.string(key, nullable: false, maxLength: 19).value
            if let text, !TransactionInput.isDateTime(text) {
                reader.add(key, "\(InputReader.label(key)) must be a date and time YYYY-MM-DD HH:MM:SS.")
            }
            if key == "issued_at" { input.issuedAt = text } else { input.expiresAt = text }
        }
        input.externalID = reader.string("external_id")
        input.meta = reader.jsonObject("meta")
        try reader.errors.check()
        return input
    }

    /// Applies the fields sent (times converted to UTC in the record's time zone); 422 when
    /// `value_remaining` would exceed `value_initial`.
    func apply(to record: inout RewardRecord) throws {
        if let timezone { record.timezone = timezone.identifier }
        let zone = TimeZone(identifier: record.timezone) ?? LocalTime.utcZone
        if let issuedAt, let utc = LocalTime.utc(issuedAt, in: zone) { record.issuedAt = utc }
        if let expiresAt, let utc = LocalTime.utc(expiresAt, in: zone) { record.expiresAt = utc }
        valueInitial.apply(to: &record.valueInitial)
        valueRemaining.apply(to: &record.valueRemaining)
        externalID.apply(to: &record.externalID)
        meta.apply(to: &record.meta)
        if record.valueRemaining > record.valueInitial {
            throw OmneoHTTPError.invalid([
                "value_remaining": ["The value remaining may not be greater than the value initial."]
            ])
        }
    }
}
