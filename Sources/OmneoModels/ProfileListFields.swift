/// The writable fields of a profile list (`POST`/`PUT /profiles/{id}/lists…`).
///
/// `handle` (letters, digits, `-`, `_`; not only digits) is required on create; `name`
/// defaults to the handle. Only the fields that are set are sent.
public struct ProfileListFields: Codable, Sendable, Equatable {
    public var handle: String?
    public var name: String?
    public var description: String?

    public init(handle: String? = nil, name: String? = nil, description: String? = nil) {
        self.handle = handle
        self.name = name
        self.description = description
    }
}

/// The writable fields of a list item (`POST`/`PUT …/lists/{list}/items…`).
///
/// On create an item names a product: `productID`, `productVariantID` or `sku`.
/// `quantity` is 1…10 000 (1 when not sent). Only the fields that are set are sent.
public struct ListItemFields: Codable, Sendable, Equatable {
    public var productID: String?
    public var productVariantID: String?
    public var sku: String?
    public var name: String?
    public var quantity: Int?
    public var note: String?

    public init(
        productID: String? = nil, productVariantID: String? = nil, sku: String? = nil, name: String? = nil,
        quantity: Int? = nil, note: String? = nil
    ) {
        self.productID = productID
        self.productVariantID = productVariantID
        self.sku = sku
        self.name = name
        self.quantity = quantity
        self.note = note
    }

    enum CodingKeys: String, CodingKey {
        case productID = "product_id"
        case productVariantID = "product_variant_id"
        case sku, name, quantity, note
    }
}
