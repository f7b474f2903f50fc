/// A named list on a profile, such as the `wishlist`. Addressed by id or by handle.
///
/// Shape from `omneo-sdk` `src/types/list.ts` (`List`). Decoding is lenient: `handle`,
/// `description`, `meta`, `items` and the timestamps may be missing or `null`.
public struct ProfileList: Codable, Sendable, Equatable {
    public var id: Int
    public var profileID: ProfileID?
    public var handle: String?
    public var name: String
    public var description: String?
    public var meta: JSONValue?
    public var sortOrder: Int?
    public var tags: [String]
    /// The definition the list was created from (`list_definition_id`), if any.
    public var listDefinitionID: Int?
    /// That definition, where it is embedded (`definition`).
    public var definition: ListDefinition?
    /// The items, where Omneo embeds them.
    public var items: [ListItem]?
    /// How many items the list holds (the sandbox's addition; Omneo embeds `items` instead).
    public var itemsCount: Int?
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        id: Int, profileID: ProfileID?, handle: String?, name: String, description: String? = nil,
        meta: JSONValue? = nil, sortOrder: Int? = nil, tags: [String] = [], items: [ListItem]? = nil,
        itemsCount: Int? = nil, listDefinitionID: Int? = nil, definition: ListDefinition? = nil,
        createdAt: String?, updatedAt: String?
    ) {
        self.id = id
        self.profileID = profileID
        self.handle = handle
        self.name = name
        self.description = description
        self.meta = meta
        self.sortOrder = sortOrder
        self.tags = tags
        self.items = items
        self.itemsCount = itemsCount
        self.listDefinitionID = listDefinitionID
        self.definition = definition
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case profileID = "profile_id"
        case handle, name, description, meta
        case sortOrder = "sort_order"
        case tags, items
        case itemsCount = "items_count"
        case listDefinitionID = "list_definition_id"
        case definition
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id) ?? 0
        profileID = try c.decodeIfPresent(ProfileID.self, forKey: .profileID)
        handle = try c.decodeLenientString(.handle)
        name = try c.decodeLenientString(.name) ?? ""
        description = try c.decodeLenientString(.description)
        meta = try c.decodeIfPresent(JSONValue.self, forKey: .meta)
        sortOrder = try c.decodeLenientInt(.sortOrder)
        tags = (try? c.decodeLenientStrings(.tags)) ?? []
        items = try c.decodeIfPresent([ListItem].self, forKey: .items)
        itemsCount = try c.decodeLenientInt(.itemsCount)
        listDefinitionID = try c.decodeLenientInt(.listDefinitionID)
        definition = try c.decodeIfPresent(ListDefinition.self, forKey: .definition)
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }
}
