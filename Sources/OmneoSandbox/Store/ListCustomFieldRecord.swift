/// A row of `list_custom_fields`: a custom field of a list, unique by namespace and handle
/// within the list (`omneo-sdk` `src/types/custom-field.ts`).
public struct ListCustomFieldRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var listID: Int
    public var namespace: String
    public var handle: String
    public var name: String?
    public var type: String
    /// JSON text of the value.
    public var value: String
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: Int? = nil, listID: Int, namespace: String, handle: String, name: String?, type: String, value: String,
        createdAt: String, updatedAt: String
    ) {
        self.id = id
        self.listID = listID
        self.namespace = namespace
        self.handle = handle
        self.name = name
        self.type = type
        self.value = value
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public enum CodingKeys: String, CodingKey {
        case id
        case listID = "list_id"
        case namespace, handle, name, type, value
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
