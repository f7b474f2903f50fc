/// Points counting towards a profile's tier (`omneo-sdk` `src/types/transactions.ts`,
/// `TierPointBasic`; listed by `src/id/resources/profile/tiers`, `points()`), with `source`
/// (what issued them) as Omneo sends it. Decoding is lenient.
public struct TierPoint: Codable, Sendable, Equatable {
    public var id: Int
    public var profileID: String?
    public var pointDefinitionID: Int?
    public var value: Double
    /// `YYYY-MM-DD HH:MM:SS`.
    public var issuedAt: String?
    public var accruedAt: String?
    /// `pending` or `active` (open: unknown values are kept), or `nil`.
    public var status: String?
    public var sourceID: Int?
    public var sourceType: String?
    public var source: JSONValue?
    public var meta: JSONValue?
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        id: Int, profileID: String?, pointDefinitionID: Int?, value: Double, issuedAt: String?, accruedAt: String?,
        status: String?, sourceID: Int? = nil, sourceType: String? = nil, source: JSONValue? = nil,
        meta: JSONValue? = nil, createdAt: String? = nil, updatedAt: String? = nil
    ) {
        self.id = id
        self.profileID = profileID
        self.pointDefinitionID = pointDefinitionID
        self.value = value
        self.issuedAt = issuedAt
        self.accruedAt = accruedAt
        self.status = status
        self.sourceID = sourceID
        self.sourceType = sourceType
        self.source = source
        self.meta = meta
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case profileID = "profile_id"
        case pointDefinitionID = "point_definition_id"
        case value
        case issuedAt = "issued_at"
        case accruedAt = "accrued_at"
        case status
        case sourceID = "source_id"
        case sourceType = "source_type"
        case source, meta
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id) ?? 0
        profileID = try c.decodeLenientString(.profileID)
        pointDefinitionID = try c.decodeLenientInt(.pointDefinitionID)
        value = try c.decodeLenientDouble(.value) ?? 0
        issuedAt = try c.decodeLenientString(.issuedAt)
        accruedAt = try c.decodeLenientString(.accruedAt)
        status = try c.decodeLenientString(.status)
        sourceID = try c.decodeLenientInt(.sourceID)
        sourceType = try c.decodeLenientString(.sourceType)
        source = try c.decodeIfPresent(JSONValue.self, forKey: .source)
        meta = try c.decodeIfPresent(JSONValue.self, forKey: .meta)
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }

    /// Encodes every key, `null` included, as Omneo answers (the SDK's test checks each key is present).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(profileID, forKey: .profileID)
        try c.encode(pointDefinitionID, forKey: .pointDefinitionID)
        try c.encode(value, forKey: .value)
        try c.encode(issuedAt, forKey: .issuedAt)
        try c.encode(accruedAt, forKey: .accruedAt)
        try c.encode(status, forKey: .status)
        try c.encode(sourceID, forKey: .sourceID)
        try c.encode(sourceType, forKey: .sourceType)
        try c.encode(source, forKey: .source)
        try c.encode(meta, forKey: .meta)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
    }
}
