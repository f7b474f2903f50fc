/// A row of `tier_points`: points that count towards a profile's tier (not spendable), issued
/// under a point definition (``SandboxPointDefinitions``); `omneo-sdk` `src/types/transactions.ts`,
/// `TierPointBasic`.
public struct TierPointRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var profileID: String
    public var pointDefinitionID: Int
    public var value: Double
    public var issuedAt: String
    public var accruedAt: String
    /// `pending` or `active`; `nil` as Omneo allows.
    public var status: String?
    public var sourceID: Int?
    public var sourceType: String?
    /// JSON text.
    public var meta: String?
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: Int? = nil, profileID: String, pointDefinitionID: Int, value: Double, issuedAt: String, accruedAt: String,
        status: String? = "active", createdAt: String, updatedAt: String
    ) {
        self.id = id
        self.profileID = profileID
        self.pointDefinitionID = pointDefinitionID
        self.value = value
        self.issuedAt = issuedAt
        self.accruedAt = accruedAt
        self.status = status
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public enum CodingKeys: String, CodingKey {
        case id
        case profileID = "profile_id"
        case pointDefinitionID = "point_definition_id"
        case value
        case issuedAt = "issued_at"
        case accruedAt = "accrued_at"
        case status
        case sourceID = "source_id"
        case sourceType = "source_type"
        case meta
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
