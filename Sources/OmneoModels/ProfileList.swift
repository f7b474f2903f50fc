/// A named list on a profile, such as the `wishlist`. Addressed by id or by handle.
public struct ProfileList: Codable, Sendable, Equatable {
    public var id: Int
    public var profileID: ProfileID
    public var handle: String
    public var name: String
    public var description: String?
    public var itemsCount: Int
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: Int, profileID: ProfileID, handle: String, name: String, description: String? = nil,
        itemsCount: Int = 0, createdAt: String, updatedAt: String
    ) {
        self.id = id
        self.profileID = profileID
        self.handle = handle
        self.name = name
        self.description = description
        self.itemsCount = itemsCount
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case profileID = "profile_id"
        case handle, name, description
        case itemsCount = "items_count"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}

/// One entry of a profile list: a product (variant) the shopper saved.
public struct ListItem: Codable, Sendable, Equatable {
    public var id: Int
    public var listID: Int
    public var productID: String?
    public var productVariantID: String?
    public var sku: String?
    public var name: String?
    public var quantity: Int
    public var note: String?
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: Int, listID: Int, productID: String? = nil, productVariantID: String? = nil, sku: String? = nil,
        name: String? = nil, quantity: Int = 1, note: String? = nil, createdAt: String, updatedAt: String
    ) {
        self.id = id
        self.listID = listID
        self.productID = productID
        self.productVariantID = productVariantID
        self.sku = sku
        self.name = name
        self.quantity = quantity
        self.note = note
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case listID = "list_id"
        case productID = "product_id"
        case productVariantID = "product_variant_id"
        case sku, name, quantity, note
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
