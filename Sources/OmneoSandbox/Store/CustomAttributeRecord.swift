/// A row of `profile_custom_attributes`: one per profile, namespace and handle.
public struct CustomAttributeRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var profileID: String
    public var namespace: String
    public var handle: String
    public var type: String
    /// JSON text.
    public var value: String
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: Int? = nil, profileID: String, namespace: String, handle: String, type: String, value: String,
        createdAt: String, updatedAt: String
    ) {
        self.id = id
        self.profileID = profileID
        self.namespace = namespace
        self.handle = handle
        self.type = type
        self.value = value
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public enum CodingKeys: String, CodingKey {
        case id
        case profileID = "profile_id"
        case namespace, handle, type, value
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
