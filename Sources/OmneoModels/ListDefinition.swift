/// The template a profile list is created from (`/lists/definitions`): its type and what lists
/// of it allow (quantities, reservations, custom products, sharing).
///
/// Shape from `omneo-sdk` `src/types/lists.ts` and `src/types/list.ts` (`ListDefinition`).
/// Decoding is lenient: ids as numbers or strings, flags as booleans or `0`/`1`, `null` for
/// every text field, `tags` missing or `null` as `[]`.
public struct ListDefinition: Codable, Sendable, Equatable {
    public var id: Int
    public var name: String?
    public var handle: String?
    /// `gift_registry`, `wishlist`, `cart`, … (Omneo's set is open).
    public var type: String?
    public var icon: String?
    public var cover: String?
    public var shortDescription: String?
    public var description: String?
    public var allowShare: Bool
    public var allowQuantity: Bool
    public var allowReserve: Bool
    public var allowCustomProduct: Bool
    public var allowEdit: Bool
    public var allowNew: Bool
    public var allowDelete: Bool
    public var meta: JSONValue?
    public var isPublished: Bool
    public var isActive: Bool
    public var tags: [String]
    public var timezone: String?
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        id: Int, name: String?, handle: String?, type: String?, icon: String? = nil, cover: String? = nil,
        shortDescription: String? = nil, description: String? = nil, allowShare: Bool = false,
        allowQuantity: Bool = false, allowReserve: Bool = false, allowCustomProduct: Bool = false,
        allowEdit: Bool = true, allowNew: Bool = true, allowDelete: Bool = true, meta: JSONValue? = nil,
        isPublished: Bool = false, isActive: Bool = true, tags: [String] = [], timezone: String? = nil,
        createdAt: String? = nil, updatedAt: String? = nil
    ) {
        self.id = id
        self.name = name
        self.handle = handle
        self.type = type
        self.icon = icon
        self.cover = cover
        self.shortDescription = shortDescription
        self.description = description
        self.allowShare = allowShare
        self.allowQuantity = allowQuantity
        self.allowReserve = allowReserve
        self.allowCustomProduct = allowCustomProduct
        self.allowEdit = allowEdit
        self.allowNew = allowNew
        self.allowDelete = allowDelete
        self.meta = meta
        self.isPublished = isPublished
        self.isActive = isActive
        self.tags = tags
        self.timezone = timezone
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public enum CodingKeys: String, CodingKey {
        case id, name, handle, type, icon, cover
        case shortDescription = "short_description"
        case description
        case allowShare = "allow_share"
        case allowQuantity = "allow_quantity"
        case allowReserve = "allow_reserve"
        case allowCustomProduct = "allow_custom_product"
        case allowEdit = "allow_edit"
        case allowNew = "allow_new"
        case allowDelete = "allow_delete"
        case meta
        case isPublished = "is_published"
        case isActive = "is_active"
        case tags, timezone
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id) ?? 0
        name = try c.decodeLenientString(.name)
        handle = try c.decodeLenientString(.handle)
        type = try c.decodeLenientString(.type)
        icon = try c.decodeLenientString(.icon)
        cover = try c.decodeLenientString(.cover)
        shortDescription = try c.decodeLenientString(.shortDescription)
        description = try c.decodeLenientString(.description)
        allowShare = try c.decodeLenientBool(.allowShare) ?? false
        allowQuantity = try c.decodeLenientBool(.allowQuantity) ?? false
        allowReserve = try c.decodeLenientBool(.allowReserve) ?? false
        allowCustomProduct = try c.decodeLenientBool(.allowCustomProduct) ?? false
        allowEdit = try c.decodeLenientBool(.allowEdit) ?? true
        allowNew = try c.decodeLenientBool(.allowNew) ?? true
        allowDelete = try c.decodeLenientBool(.allowDelete) ?? true
        meta = try c.decodeIfPresent(JSONValue.self, forKey: .meta)
        isPublished = try c.decodeLenientBool(.isPublished) ?? false
        isActive = try c.decodeLenientBool(.isActive) ?? true
        tags = (try? c.decodeLenientStrings(.tags)) ?? []
        timezone = try c.decodeLenientString(.timezone)
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }

    public func encode(to encoder: any Encoder) throws {
        // Omneo writes every field, `null` included.
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(handle, forKey: .handle)
        try c.encode(type, forKey: .type)
        try c.encode(icon, forKey: .icon)
        try c.encode(cover, forKey: .cover)
        try c.encode(shortDescription, forKey: .shortDescription)
        try c.encode(description, forKey: .description)
        try c.encode(allowShare, forKey: .allowShare)
        try c.encode(allowQuantity, forKey: .allowQuantity)
        try c.encode(allowReserve, forKey: .allowReserve)
        try c.encode(allowCustomProduct, forKey: .allowCustomProduct)
        try c.encode(allowEdit, forKey: .allowEdit)
        try c.encode(allowNew, forKey: .allowNew)
        try c.encode(allowDelete, forKey: .allowDelete)
        try c.encode(meta, forKey: .meta)
        try c.encode(isPublished, forKey: .isPublished)
        try c.encode(isActive, forKey: .isActive)
        try c.encode(tags, forKey: .tags)
        try c.encode(timezone, forKey: .timezone)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
    }
}
