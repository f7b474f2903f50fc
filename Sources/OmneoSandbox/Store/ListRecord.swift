/// A row of `lists`: a named list of a profile, unique by handle within the profile.
public struct ListRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var profileID: String
    public var handle: String
    public var name: String
    public var description: String?
    /// The list definition it was created from (v7-lists).
    public var listDefinitionID: Int?
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: Int? = nil, profileID: String, handle: String, name: String, description: String? = nil,
        listDefinitionID: Int? = nil, createdAt: String, updatedAt: String
    ) {
        self.id = id
        self.profileID = profileID
        self.handle = handle
        self.name = name
        self.description = description
        self.listDefinitionID = listDefinitionID
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public enum CodingKeys: String, CodingKey {
        case id
        case profileID = "profile_id"
        case handle, name, description
        case listDefinitionID = "list_definition_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}

/// A row of `list_items`.
public struct ListItemRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var listID: Int
    public var productID: String?
    public var productVariantID: String?
    public var sku: String?
    public var name: String?
    public var quantity: Int
    public var note: String?
    public var productVariantSKU: String?
    public var position: Int?
    public var status: String?
    /// JSON text.
    public var meta: String?
    public var source: String?
    public var locationID: Int?
    public var externalID: String?
    /// JSON text: the product a shopper described (`POST …/custom`, v7-lists).
    public var customProduct: String?
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: Int? = nil, listID: Int, productID: String? = nil, productVariantID: String? = nil, sku: String? = nil,
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

    public enum CodingKeys: String, CodingKey {
        case id
        case listID = "list_id"
        case productID = "product_id"
        case productVariantID = "product_variant_id"
        case sku, name, quantity, note
        case productVariantSKU = "product_variant_sku"
        case position, status, meta, source
        case locationID = "location_id"
        case externalID = "external_id"
        case customProduct = "custom_product"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
