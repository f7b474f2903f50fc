import OmneoModels

/// A row of `benefit_definitions`, unique by handle.
public struct BenefitDefinitionRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var name: String
    public var handle: String
    public var type: String?
    public var value: Double?
    public var period: Int
    public var periodType: String
    public var description: String?
    public var maxRedemptions: Int?
    public var isExtendable: Bool
    public var isReassignable: Bool
    public var isAssignable: Bool
    public var isPublished: Bool
    public var isClaimable: Bool
    public var isReclaimable: Bool
    public var allowUserRedeem: Bool
    /// UTC `YYYY-MM-DD HH:MM:SS`; `nil` = no bound.
    public var claimPeriodStartAt: String?
    public var claimPeriodEndAt: String?
    public var tags: [String]
    public var meta: String?
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: Int? = nil, name: String, handle: String, period: Int, periodType: String = "days", createdAt: String,
        updatedAt: String
    ) {
        self.id = id
        self.name = name
        self.handle = handle
        self.period = period
        self.periodType = periodType
        self.isExtendable = false
        self.isReassignable = false
        self.isAssignable = false
        self.isPublished = false
        self.isClaimable = false
        self.isReclaimable = false
        self.allowUserRedeem = true
        self.tags = []
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The same keys as the shared model's.
    public typealias CodingKeys = BenefitDefinition.CodingKeys
}

/// A row of `benefits`: a benefit of a profile. `issued_at`/`expires_at`/`claimed_at` are UTC.
public struct BenefitRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var profileID: String
    public var benefitDefinitionID: Int
    public var value: Double?
    public var issuedAt: String
    public var expiresAt: String?
    public var timezone: String
    public var claimedAt: String?
    /// `nil`: unlimited (the definition has no `max_redemptions`).
    public var redemptionsRemaining: Int?
    public var redeemCodePos: String?
    public var redeemCodeOnline: String?
    public var externalID: String?
    public var meta: String?
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: Int? = nil, profileID: String, benefitDefinitionID: Int, issuedAt: String, expiresAt: String?,
        timezone: String, redemptionsRemaining: Int?, createdAt: String, updatedAt: String
    ) {
        self.id = id
        self.profileID = profileID
        self.benefitDefinitionID = benefitDefinitionID
        self.issuedAt = issuedAt
        self.expiresAt = expiresAt
        self.timezone = timezone
        self.redemptionsRemaining = redemptionsRemaining
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public enum CodingKeys: String, CodingKey {
        case id
        case profileID = "profile_id"
        case benefitDefinitionID = "benefit_definition_id"
        case value
        case issuedAt = "issued_at"
        case expiresAt = "expires_at"
        case timezone
        case claimedAt = "claimed_at"
        case redemptionsRemaining = "redemptions_remaining"
        case redeemCodePos = "redeem_code_pos"
        case redeemCodeOnline = "redeem_code_online"
        case externalID = "external_id"
        case meta
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}

/// A row of `redemptions`: what a profile redeemed at once. `items` is the JSON array of
/// ``RedeemedItem``s (type, the redeemed row's id, value, count), rendered with the current
/// state of each row.
public struct RedemptionRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var profileID: String
    public var type: String
    public var total: Double
    public var redeemAt: String
    public var items: [RedeemedItem]
    public var meta: String?
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: Int? = nil, profileID: String, type: String = "redeem", total: Double, redeemAt: String,
        items: [RedeemedItem], createdAt: String, updatedAt: String
    ) {
        self.id = id
        self.profileID = profileID
        self.type = type
        self.total = total
        self.redeemAt = redeemAt
        self.items = items
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public enum CodingKeys: String, CodingKey {
        case id
        case profileID = "profile_id"
        case type, total
        case redeemAt = "redeem_at"
        case items, meta
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}

/// One item of a ``RedemptionRecord``: `type` (`benefit`, `reward`) and the id of that row.
public struct RedeemedItem: Codable, Sendable, Equatable {
    /// `RedemptionItemTypeEnum`.
    public static let types: Set<String> = ["benefit", "reward", "point", "credit"]

    public var type: String
    public var id: Int
    public var value: Double?
    public var count: Int

    public init(type: String, id: Int, value: Double?, count: Int = 1) {
        self.type = type
        self.id = id
        self.value = value
        self.count = count
    }
}
