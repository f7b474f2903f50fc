/// A row of `points`: points issued to a profile under a point definition
/// (``SandboxPointDefinitions``); `value_remaining` is what is left to redeem.
public struct PointRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var profileID: String
    public var pointDefinitionID: Int
    public var valueInitial: Double
    public var valueRemaining: Double
    public var description: String?
    public var issuedAt: String
    public var accruedAt: String?
    public var expiresAt: String?
    public var sourceType: String?
    public var meta: String?
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: Int? = nil, profileID: String, pointDefinitionID: Int, valueInitial: Double, valueRemaining: Double,
        issuedAt: String, createdAt: String, updatedAt: String
    ) {
        self.id = id
        self.profileID = profileID
        self.pointDefinitionID = pointDefinitionID
        self.valueInitial = valueInitial
        self.valueRemaining = valueRemaining
        self.issuedAt = issuedAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public enum CodingKeys: String, CodingKey {
        case id
        case profileID = "profile_id"
        case pointDefinitionID = "point_definition_id"
        case valueInitial = "value_initial"
        case valueRemaining = "value_remaining"
        case description
        case issuedAt = "issued_at"
        case accruedAt = "accrued_at"
        case expiresAt = "expires_at"
        case sourceType = "source_type"
        case meta
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
