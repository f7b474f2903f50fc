/// A row of `connections`: a link from the `connector` profile to the `connected` one under a
/// connection definition (``SandboxConnectionDefinitions``); `meta` is JSON text.
public struct ConnectionRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var connectionDefinitionID: Int
    public var name: String
    public var description: String?
    public var connectorID: String
    public var connectedID: String
    public var status: String
    public var disconnectedBy: String?
    public var connectedAt: String?
    public var disconnectedAt: String?
    public var isPublished: Bool
    public var isArchived: Bool
    public var isDefault: Bool
    public var isInvalid: Bool
    public var isPrimary: Bool
    public var sortOrder: Int?
    public var meta: String?
    public var notes: String?
    public var externalID: String?
    public var externalIDType: String?
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: Int? = nil, connectionDefinitionID: Int, name: String, connectorID: String, connectedID: String,
        status: String, createdAt: String, updatedAt: String
    ) {
        self.id = id
        self.connectionDefinitionID = connectionDefinitionID
        self.name = name
        self.connectorID = connectorID
        self.connectedID = connectedID
        self.status = status
        self.isPublished = true
        self.isArchived = false
        self.isDefault = false
        self.isInvalid = false
        self.isPrimary = false
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public enum CodingKeys: String, CodingKey {
        case id
        case connectionDefinitionID = "connection_definition_id"
        case name, description
        case connectorID = "connector_id"
        case connectedID = "connected_id"
        case status
        case disconnectedBy = "disconnected_by"
        case connectedAt = "connected_at"
        case disconnectedAt = "disconnected_at"
        case isPublished = "is_published"
        case isArchived = "is_archived"
        case isDefault = "is_default"
        case isInvalid = "is_invalid"
        case isPrimary = "is_primary"
        case sortOrder = "sort_order"
        case meta, notes
        case externalID = "external_id"
        case externalIDType = "external_id_type"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// Whether `profileID` is one of the two profiles of the connection.
    func involves(_ profileID: String) -> Bool {
        connectorID == profileID || connectedID == profileID
    }
}
