import Foundation
import OmneoHTTP

/// A benefit's writable fields (`POST /benefits`, `omneo-sdk` `src/types/benefits.ts`,
/// `RequestCreateBenefit`; `PUT /benefits/{id}` and `PUT /profiles/{id}/benefits/{id}`,
/// `RequestUpdateBenefit`). On create `profile_id`, `benefit_definition_id` and `timezone` (an
/// IANA zone) are required. Times are local to `timezone` (stored in UTC); `expires_at` may be a
/// date alone, meaning the end of that day; it defaults to `issued_at` plus the definition's period.
struct BenefitInput: Sendable {
    var profileID: String?
    var benefitDefinitionID: Int?
    var timezone: TimeZone?
    var value: Field<Double> = .absent
    /// Local times as sent (`expires_at` completed to `23:59:59` when a date alone).
    var issuedAt: String?
    var expiresAt: Field<String> = .absent
    var externalID: Field<String> = .absent
    var redeemCodePos: Field<String> = .absent
    var redeemCodeOnline: Field<String> = .absent
    var meta: Field<String> = .absent

    static func read(_ object: [String: JSONValue], mode: InputReader.Mode) throws -> BenefitInput {
        let common: Set<String> = ["value", "expires_at", "external_id", "meta", "redeem_code_pos", "redeem_code_online"]
        let allowed =
            mode == .create ? common.union(["profile_id", "benefit_definition_id", "timezone", "issued_at"]) : common
        var reader = InputReader(object, mode: mode, allowed: allowed)
        var input = BenefitInput()
        input.profileID = reader.identifier("profile_id", required: mode == .create).value?.lowercased()
        input.benefitDefinitionID = reader.integer(
            "benefit_definition_id", required: mode == .create, nullable: false, range: 1...Int(Int32.max)
        ).value
        if let name = reader.string("timezone", required: mode == .create, nullable: false, maxLength: 64).value {
            input.timezone = TimeZone(identifier: name)
            if input.timezone == nil { reader.add("timezone", "The timezone must be a valid zone.") }
        }
        input.value = reader.number("value", range: 0...1e9)
        input.issuedAt = reader.string("issued_at", maxLength: 19).value
        if let text = input.issuedAt, !TransactionInput.isDateTime(text) {
            reader.add("issued_at", "The issued at field must be a date and time YYYY-MM-DD HH:MM:SS.")
        }
        input.expiresAt = reader.string("expires_at", maxLength: 19)
        if let text = input.expiresAt.value {
            if CalendarText.isDate(text) {
                input.expiresAt = .value(text + " 23:59:59")
            } else if !TransactionInput.isDateTime(text) {
                reader.add("expires_at", "The expires at field must be a date YYYY-MM-DD or a date and time.")
            }
        }
        input.externalID = reader.string("external_id")
        input.redeemCodePos = reader.string("redeem_code_pos")
        input.redeemCodeOnline = reader.string("redeem_code_online")
        input.meta = reader.jsonObject("meta")
        try reader.errors.check()
        return input
    }

    /// Applies the fields sent, times converted to UTC in the record's time zone.
    func apply(to record: inout BenefitRecord) {
        if let timezone { record.timezone = timezone.identifier }
        let zone = TimeZone(identifier: record.timezone) ?? LocalTime.utcZone
        if let issuedAt, let utc = LocalTime.utc(issuedAt, in: zone) { record.issuedAt = utc }
        switch expiresAt {
        case .absent: break
        case .null: record.expiresAt = nil
        case .value(let local): record.expiresAt = LocalTime.utc(local, in: zone)
        }
        value.apply(to: &record.value)
        externalID.apply(to: &record.externalID)
        redeemCodePos.apply(to: &record.redeemCodePos)
        redeemCodeOnline.apply(to: &record.redeemCodeOnline)
        meta.apply(to: &record.meta)
    }
}

/// `POST /profiles/{id}/benefits/claim` and `…/claim-redeem` (`ClaimBenefitInput`): the
/// `definition` to claim, by handle or id, and the shopper's `timezone` (default UTC).
struct BenefitClaimInput: Sendable {
    var definition: ResourceKey
    var timezone: TimeZone

    static func read(_ object: [String: JSONValue]) throws -> BenefitClaimInput {
        var reader = InputReader(object, mode: .create, allowed: ["definition", "timezone"])
        var definition: ResourceKey?
        switch object["definition"] {
        case .number(let number) where number == number.rounded() && number >= 1 && number < 1e15:
            definition = .id(Int(number))
        case .string(let text) where !text.isEmpty && text.count <= 255:
            definition = Int(text).map(ResourceKey.id) ?? .handle(text)
        case nil, .null?:
            reader.add("definition", "The definition field is required.")
        default:
            reader.add("definition", "The definition must be a benefit definition's handle or id.")
        }
        var timezone = LocalTime.utcZone
        if let name = reader.string("timezone", nullable: false, maxLength: 64).value {
            if let zone = TimeZone(identifier: name) {
                timezone = zone
            } else {
                reader.add("timezone", "The timezone must be a valid zone.")
            }
        }
        try reader.errors.check()
        guard let definition else { throw OmneoHTTPError.invalid(["definition": ["The definition field is required."]]) }
        return BenefitClaimInput(definition: definition, timezone: timezone)
    }
}
