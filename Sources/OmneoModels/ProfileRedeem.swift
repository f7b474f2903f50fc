/// What `POST /profiles/me/redeem` answers (`omneo-sdk` `src/types/profile/redeem.ts`,
/// `Redeem`): the redemption's id and `total`, and the profile's `balances` after it.
/// Decoding is lenient.
public struct ProfileRedeem: Codable, Sendable, Equatable {
    public var id: Int
    public var profileID: String?
    public var total: Double?
    public var totalLocalised: Double?
    public var balances: ProfileBalances?
    public var meta: JSONValue?
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        id: Int, profileID: String?, total: Double?, totalLocalised: Double? = nil, balances: ProfileBalances?,
        meta: JSONValue? = nil, createdAt: String? = nil, updatedAt: String? = nil
    ) {
        self.id = id
        self.profileID = profileID
        self.total = total
        self.totalLocalised = totalLocalised
        self.balances = balances
        self.meta = meta
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public enum CodingKeys: String, CodingKey {
        case id
        case profileID = "profile_id"
        case total
        case totalLocalised = "total_localised"
        case balances, meta
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id) ?? 0
        profileID = try c.decodeLenientString(.profileID)
        total = try c.decodeLenientDouble(.total)
        totalLocalised = try c.decodeLenientDouble(.totalLocalised)
        balances = try c.decodeIfPresent(ProfileBalances.self, forKey: .balances)
        meta = try c.decodeIfPresent(JSONValue.self, forKey: .meta)
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }
}
