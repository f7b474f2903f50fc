/// The writable fields of a list item (`POST`/`PUT …/lists/{list}/items…`), after
/// `omneo-sdk` `src/types/list.ts` (`ListItemInput`).
///
/// On create an item names a product: `productID`, `productVariantID`, `productVariantSKU`
/// or `sku`. `quantity` is 1…10 000 (1 when not sent). Only the fields that are set are sent.
public struct ListItemFields: Codable, Sendable, Equatable {
    public var productID: String?
    public var productVariantID: String?
    public var productVariantSKU: String?
    public var sku: String?
    public var name: String?
    public var quantity: Int?
    public var position: Int?
    public var status: String?
    public var meta: JSONValue?
    public var source: String?
    public var locationID: Int?
    public var externalID: String?
    public var note: String?

    public init(
        productID: String? = nil, productVariantID: String? = nil, productVariantSKU: String? = nil,
        sku: String? = nil, name: String? = nil, quantity: Int? = nil, position: Int? = nil, status: String? = nil,
        meta: JSONValue? = nil, source: String? = nil, locationID: Int? = nil, externalID: String? = nil,
        note: String? = nil
    ) {
        self.productID = productID
        self.productVariantID = productVariantID
        self.productVariantSKU = productVariantSKU
        self.sku = sku
        self.name = name
        self.quantity = quantity
        self.position = position
        self.status = status
        self.meta = meta
        self.source = source
        self.locationID = locationID
        self.externalID = externalID
        self.note = note
    }

    enum CodingKeys: String, CodingKey {
        case productID = "product_id"
        case productVariantID = "product_variant_id"
        case productVariantSKU = "product_variant_sku"
        case sku, name, quantity, position, status, meta, source
        case locationID = "location_id"
        case externalID = "external_id"
        case note
    }
}
