/// A benefit issued to (or claimed by) a profile (`omneo-sdk` `src/types/benefits.ts`,
/// `Benefit`; `omneo/docs` `profile-benefits.md`), with its `definition`. `issued_at` and
/// `expires_at` are UTC; a benefit is redeemable while it has not expired and has
/// `redemptions_remaining`. Decoding is lenient.
public struct Benefit: Codable, Sendable, Equatable {
    public var id: Int
    public var profileID: String?
    public var benefitDefinitionID: Int?
    public var definition: BenefitDefinition?
    public var value: Double?
    public var issuedAt: String?
    public var expiresAt: String?
    public var timezone: String?
    public var claimedAt: String?
    public var isExpired: Bool
    public var isRedeemable: Bool
    /// `nil`: unlimited.
    public var redemptionsRemaining: Int?
    public var redeemCodePos: String?
    public var redeemCodeOnline: String?
    public var externalID: String?
    public var meta: JSONValue?
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        id: Int, profileID: String?, benefitDefinitionID: Int?, definition: BenefitDefinition?, value: Double? = nil,
        issuedAt: String?, expiresAt: String? = nil, timezone: String? = nil, claimedAt: String? = nil,
        isExpired: Bool = false, isRedeemable: Bool = true, redemptionsRemaining: Int? = nil,
        redeemCodePos: String? = nil, redeemCodeOnline: String? = nil, externalID: String? = nil,
        meta: JSONValue? = nil, createdAt: String? = nil, updatedAt: String? = nil
    ) {
        self.id = id
        self.profileID = profileID
        self.benefitDefinitionID = benefitDefinitionID
        self.definition = definition
        self.value = value
        self.issuedAt = issuedAt
        self.expiresAt = expiresAt
        self.timezone = timezone
        self.claimedAt = claimedAt
        self.isExpired = isExpired
        self.isRedeemable = isRedeemable
        self.redemptionsRemaining = redemptionsRemaining
        self.redeemCodePos = redeemCodePos
        self.redeemCodeOnline = redeemCodeOnline
        self.externalID = externalID
        self.meta = meta
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public enum CodingKeys: String, CodingKey {
        case id
        case profileID = "profile_id"
        case benefitDefinitionID = "benefit_definition_id"
        case definition, value
        case issuedAt = "issued_at"
        case expiresAt = "expires_at"
        case timezone
        case claimedAt = "claimed_at"
        case isExpired = "is_expired"
        case isRedeemable = "is_redeemable"
        case redemptionsRemaining = "redemptions_remaining"
        case redeemCodePos = "redeem_code_pos"
        case redeemCodeOnline = "redeem_code_online"
        case externalID = "external_id"
        case meta
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id) ?? 0
        profileID = try c.decodeLenientString(.profileID)
        benefitDefinitionID = try c.decodeLenientInt(.benefitDefinitionID)
        definition = try c.decodeIfPresent(BenefitDefinition.self, forKey: .definition)
        value = try c.decodeLenientDouble(.value)
        issuedAt = try c.decodeLenientString(.issuedAt)
        expiresAt = try c.decodeLenientString(.expiresAt)
        timezone = try c.decodeLenientString(.timezone)
        claimedAt = try c.decodeLenientString(.claimedAt)
        isExpired = try c.decodeLenientBool(.isExpired) ?? false
        isRedeemable = try c.decodeLenientBool(.isRedeemable) ?? false
        redemptionsRemaining = try c.decodeLenientInt(.redemptionsRemaining)
        redeemCodePos = try c.decodeLenientString(.redeemCodePos)
        redeemCodeOnline = try c.decodeLenientString(.redeemCodeOnline)
        externalID = try c.decodeLenientString(.externalID)
        meta = try c.decodeIfPresent(JSONValue.self, forKey: .meta)
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }
}
