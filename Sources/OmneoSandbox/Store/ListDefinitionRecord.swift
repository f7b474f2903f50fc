import OmneoModels

/// A row of `list_definitions`, unique by handle (`omneo-sdk` `src/types/lists.ts`).
public struct ListDefinitionRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var name: String
    public var handle: String
    public var type: String
    public var icon: String?
    public var cover: String?
    public var shortDescription: String?
    public var description: String?
    public var allowShare = false
    public var allowQuantity = false
    public var allowReserve = false
    public var allowCustomProduct = false
    public var allowEdit = true
    public var allowNew = true
    public var allowDelete = true
    public var isPublished = false
    public var isActive = true
    /// JSON text.
    public var meta: String?
    public var tags: [String] = []
    public var timezone: String?
    public var createdAt: String
    public var updatedAt: String

    public init(id: Int? = nil, name: String, handle: String, type: String, createdAt: String, updatedAt: String) {
        self.id = id
        self.name = name
        self.handle = handle
        self.type = type
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The same keys as the shared model's.
    public typealias CodingKeys = ListDefinition.CodingKeys
}
