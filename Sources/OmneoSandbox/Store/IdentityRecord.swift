/// A row of `identities`: one per profile and handle.
public struct IdentityRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var profileID: String
    public var handle: String
    public var identifier: String
    public var isPrimary: Bool
    public var isActive: Bool
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: Int? = nil, profileID: String, handle: String, identifier: String, isPrimary: Bool = false,
        isActive: Bool = true, createdAt: String, updatedAt: String
    ) {
        self.id = id
        self.profileID = profileID
        self.handle = handle
        self.identifier = identifier
        self.isPrimary = isPrimary
        self.isActive = isActive
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public enum CodingKeys: String, CodingKey {
        case id
        case profileID = "profile_id"
        case handle, identifier
        case isPrimary = "is_primary"
        case isActive = "is_active"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
