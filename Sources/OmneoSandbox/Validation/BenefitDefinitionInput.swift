import Foundation
import OmneoHTTP

/// A benefit definition's writable fields (`POST`/`PUT /benefits/definitions…`, `omneo-sdk`
/// `src/types/benefits.ts`, `RequestCreateBenefitDefinition`): `name`, `handle` and `period`
/// required on create; `type` one of `BenefitDefinitionTypeEnum`; `period_type` one of `days`,
/// `weeks`, `months`, `years`; claim period bounds are UTC `YYYY-MM-DD HH:MM:SS`.
struct BenefitDefinitionInput: Sendable {
    var name: Field<String> = .absent
    var handle: Field<String> = .absent
    var type: Field<String> = .absent
    var value: Field<Double> = .absent
    var period: Field<Int> = .absent
    var periodType: Field<String> = .absent
    var description: Field<String> = .absent
    var maxRedemptions: Field<Int> = .absent
    var isExtendable: Field<Bool> = .absent
    var isReassignable: Field<Bool> = .absent
    var isAssignable: Field<Bool> = .absent
    var isPublished: Field<Bool> = .absent
    var isClaimable: Field<Bool> = .absent
    var isReclaimable: Field<Bool> = .absent
    var allowUserRedeem: Field<Bool> = .absent
    var claimPeriodStartAt: Field<String> = .absent
    var claimPeriodEndAt: Field<String> = .absent
    var tags: Field<[String]> = .absent
    var meta: Field<String> = .absent

    /// `BenefitDefinitionTypeEnum`.
    static let types: Set<String> = ["discount", "value", "competition", "event", "gift", "voucher", "bonus", "other"]

    static let flagFields = [
        "is_extendable", "is_reassignable", "is_assignable", "is_published", "is_claimable", "is_reclaimable",
        "allow_user_redeem",
    ]

    static func read(_ object: [String: JSONValue], mode: InputReader.Mode) throws -> BenefitDefinitionInput {
        var reader = InputReader(
            object, mode: mode,
            allowed: Set(
                [
                    "name", "handle", "type", "value", "period", "period_type", "description", "max_redemptions",
                    "claim_period_start_at", "claim_period_end_at", "tags", "meta",
                ] + flagFields))
        var input = BenefitDefinitionInput()
        input.name = reader.string("name", required: true, nullable: false)
        input.handle = reader.string("handle", required: true, nullable: false)
        input.type = reader.string("type")
        if let type = input.type.value, !types.contains(type) {
            reader.add("type", "The selected type is invalid.")
        }
        input.value = reader.number("value", range: 0...1e9)
        input.period = reader.integer("period", required: true, nullable: false, range: 0...100_000)
        input.periodType = reader.string("period_type", nullable: false)
        if let unit = input.periodType.value, !RewardDefinitionInput.periodTypes.contains(unit) {
            reader.add("period_type", "The period type must be one of days, weeks, months, years.")
        }
        input.description = reader.string("description", maxLength: 1000)
        input.maxRedemptions = reader.integer("max_redemptions", range: 1...100_000)
        input.isExtendable = reader.boolean("is_extendable")
        input.isReassignable = reader.boolean("is_reassignable")
        input.isAssignable = reader.boolean("is_assignable")
        input.isPublished = reader.boolean("is_published")
        input.isClaimable = reader.boolean("is_claimable")
        input.isReclaimable = reader.boolean("is_reclaimable")
        input.allowUserRedeem = reader.boolean("allow_user_redeem")
        input.claimPeriodStartAt = dateTime(&reader, "claim_period_start_at")
        input.claimPeriodEndAt = dateTime(&reader, "claim_period_end_at")
        input.tags = reader.strings("tags")
        input.meta = reader.jsonObject("meta")
        try reader.errors.check()
        return input
    }

    /// A `YYYY-MM-DD HH:MM:SS` field.
    static func dateTime(_ reader: inout InputReader, _ key: String) -> Field<String> {
        let field = reader.string(key, maxLength: 19)
        if let text = field.value, !TransactionInput.isDateTime(text) {
            reader.add(key, "\(InputReader.label(key)) must be a date and time YYYY-MM-DD HH:MM:SS.")
        }
        return field
    }

    func apply(to record: inout BenefitDefinitionRecord) {
        name.apply(to: &record.name)
        handle.apply(to: &record.handle)
        type.apply(to: &record.type)
        value.apply(to: &record.value)
        period.apply(to: &record.period)
        periodType.apply(to: &record.periodType)
        description.apply(to: &record.description)
        maxRedemptions.apply(to: &record.maxRedemptions)
        isExtendable.apply(to: &record.isExtendable)
        isReassignable.apply(to: &record.isReassignable)
        isAssignable.apply(to: &record.isAssignable)
        isPublished.apply(to: &record.isPublished)
        isClaimable.apply(to: &record.isClaimable)
        isReclaimable.apply(to: &record.isReclaimable)
        allowUserRedeem.apply(to: &record.allowUserRedeem)
        claimPeriodStartAt.apply(to: &record.claimPeriodStartAt)
        claimPeriodEndAt.apply(to: &record.claimPeriodEndAt)
        tags.apply(to: &record.tags)
        meta.apply(to: &record.meta)
    }
}
