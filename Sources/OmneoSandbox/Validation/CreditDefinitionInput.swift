import Foundation
import OmneoHTTP

/// A credit definition's writable fields (`POST`/`PUT /credits/definitions…`, `omneo-sdk`
/// `src/types/credit.ts`, `CreditDefinitionInput`): `name`, `handle` and `type` (one of
/// `gift_card`, `store_credit`, `refund`, `allowance`, `voucher`, `other`) required on create.
struct CreditDefinitionInput: Sendable {
    var name: Field<String> = .absent
    var handle: Field<String> = .absent
    var type: Field<String> = .absent
    var value: Field<Double> = .absent
    var period: Field<Int> = .absent
    var periodType: Field<String> = .absent
    var description: Field<String> = .absent
    var isPublished: Field<Bool> = .absent
    var isExtendable: Field<Bool> = .absent
    var isAssignable: Field<Bool> = .absent
    var isReleasable: Field<Bool> = .absent
    var isReassignable: Field<Bool> = .absent
    var requireSecurityCode: Field<Bool> = .absent
    var tags: Field<[String]> = .absent
    var meta: Field<String> = .absent

    static let types: Set<String> = ["gift_card", "store_credit", "refund", "allowance", "voucher", "other"]

    static func read(_ object: [String: JSONValue], mode: InputReader.Mode) throws -> CreditDefinitionInput {
        var reader = InputReader(
            object, mode: mode,
            allowed: [
                "name", "handle", "type", "value", "period", "period_type", "description", "is_published",
                "is_extendable", "is_assignable", "is_releasable", "is_reassignable", "require_security_code", "tags",
                "meta",
            ])
        var input = CreditDefinitionInput()
        input.name = reader.string("name", required: true, nullable: false)
        input.handle = reader.string("handle", required: true, nullable: false)
        input.type = reader.string("type", required: true, nullable: false)
        if let type = input.type.value, !types.contains(type) { reader.add("type", "The selected type is invalid.") }
        input.value = reader.number("value", range: 0...1e9)
        input.period = reader.integer("period", nullable: false, range: 0...100_000)
        input.periodType = reader.string("period_type", nullable: false)
        if let unit = input.periodType.value, !RewardDefinitionInput.periodTypes.contains(unit) {
            reader.add("period_type", "The period type must be one of days, weeks, months, years.")
        }
        input.description = reader.string("description", maxLength: 1000)
        input.isPublished = reader.boolean("is_published")
        input.isExtendable = reader.boolean("is_extendable")
        input.isAssignable = reader.boolean("is_assignable")
        input.isReleasable = reader.boolean("is_releasable")
        input.isReassignable = reader.boolean("is_reassignable")
        input.requireSecurityCode = reader.boolean("require_security_code")
        input.tags = reader.strings("tags")
        input.meta = reader.jsonObject("meta")
        try reader.errors.check()
        return input
    }

    func apply(to record: inout CreditDefinitionRecord) {
        name.apply(to: &record.name)
        handle.apply(to: &record.handle)
        type.apply(to: &record.type)
        value.apply(to: &record.value)
        period.apply(to: &record.period)
        periodType.apply(to: &record.periodType)
        description.apply(to: &record.description)
        isPublished.apply(to: &record.isPublished)
        isExtendable.apply(to: &record.isExtendable)
        isAssignable.apply(to: &record.isAssignable)
        isReleasable.apply(to: &record.isReleasable)
        isReassignable.apply(to: &record.isReassignable)
        requireSecurityCode.apply(to: &record.requireSecurityCode)
        tags.apply(to: &record.tags)
        meta.apply(to: &record.meta)
    }
}
