/// A kind of benefit (`omneo-sdk` `src/types/benefits.ts`, `BenefitDefinition`; `omneo/docs`
/// `benefits-definitions.md`): how long a benefit of it lasts (`period` × `period_type`), how
/// often it can be redeemed, and whether shoppers may claim it themselves. Decoding is lenient
/// (the ID API's claimable/viewable lists send `id` as a string).
public struct BenefitDefinition: Codable, Sendable, Equatable {
    public var id: Int
    public var name: String?
    public var handle: String?
    /// `discount`, `value`, `competition`, `event`, `gift`, `voucher`, `bonus`, `other` (kept as sent).
    public var type: String?
    public var value: Double?
    public var period: Int?
    public var periodType: String?
    public var description: String?
    /// Redemptions each benefit of this definition allows; `nil`: unlimited.
    public var maxRedemptions: Int?
    public var isExtendable: Bool
    public var isReassignable: Bool
    public var isAssignable: Bool
    public var isPublished: Bool
    public var isClaimable: Bool
    public var isReclaimable: Bool
    public var allowUserRedeem: Bool
    public var claimPeriodStartAt: String?
    public var claimPeriodEndAt: String?
    public var tags: [String]
    public var meta: JSONValue?
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        id: Int, name: String?, handle: String?, type: String? = nil, value: Double? = nil, period: Int? = nil,
        periodType: String? = nil, description: String? = nil, maxRedemptions: Int? = nil, isExtendable: Bool = false,
        isReassignable: Bool = false, isAssignable: Bool = false, isPublished: Bool = false, isClaimable: Bool = false,
        isReclaimable: Bool = false, allowUserRedeem: Bool = true, claimPeriodStartAt: String? = nil,
        claimPeriodEndAt: String? = nil, tags: [String] = [], meta: JSONValue? = nil, createdAt: String? = nil,
        updatedAt: String? = nil
    ) {
        self.id = id
        self.name = name
        self.handle = handle
        self.type = type
        self.value = value
        self.period = period
        self.periodType = periodType
        self.description = description
        self.maxRedemptions = maxRedemptions
        self.isExtendable = isExtendable
        self.isReassignable = isReassignable
        self.isAssignable = isAssignable
        self.isPublished = isPublished
        self.isClaimable = isClaimable
        self.isReclaimable = isReclaimable
        self.allowUserRedeem = allowUserRedeem
        self.claimPeriodStartAt = claimPeriodStartAt
        self.claimPeriodEndAt = claimPeriodEndAt
        self.tags = tags
        self.meta = meta
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public enum CodingKeys: String, CodingKey {
        case id, name, handle, type, value, period
        case periodType = "period_type"
        case description
        case maxRedemptions = "max_redemptions"
        case isExtendable = "is_extendable"
        case isReassignable = "is_reassignable"
        case isAssignable = "is_assignable"
        case isPublished = "is_published"
        case isClaimable = "is_claimable"
        case isReclaimable = "is_reclaimable"
        case allowUserRedeem = "allow_user_redeem"
        case claimPeriodStartAt = "claim_period_start_at"
        case claimPeriodEndAt = "claim_period_end_at"
        case tags, meta
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let basics = try DefinitionBasics(from: decoder)
        (id, name, handle, description) = (basics.id, basics.name, basics.handle, basics.description)
        (tags, createdAt, updatedAt) = (basics.tags, basics.createdAt, basics.updatedAt)
        let terms = try IssuedValueTerms(from: decoder)
        (type, value, period, periodType) = (terms.type, terms.value, terms.period, terms.periodType)
        maxRedemptions = try c.decodeLenientInt(.maxRedemptions)
        isExtendable = try c.decodeLenientBool(.isExtendable) ?? false
        isReassignable = try c.decodeLenientBool(.isReassignable) ?? false
        isAssignable = try c.decodeLenientBool(.isAssignable) ?? false
        isPublished = try c.decodeLenientBool(.isPublished) ?? false
        isClaimable = try c.decodeLenientBool(.isClaimable) ?? false
        isReclaimable = try c.decodeLenientBool(.isReclaimable) ?? false
        allowUserRedeem = try c.decodeLenientBool(.allowUserRedeem) ?? true
        claimPeriodStartAt = try c.decodeLenientString(.claimPeriodStartAt)
        claimPeriodEndAt = try c.decodeLenientString(.claimPeriodEndAt)
        meta = try c.decodeIfPresent(JSONValue.self, forKey: .meta)
    }
}
