/// One entry of a profile list: a product (variant) the shopper saved.
///
/// Shape from `omneo-sdk` `src/types/list.ts` (`ListItem`, `ListItemInput`). Decoding is
/// lenient: ids as numbers or strings, `null` for every optional field; the nested `product`
/// and `product_variant` are kept as JSON (their shape is the product catalogue's).
public struct ListItem: Codable, Sendable, Equatable {
    public var id: Int
    /// The list this item is on (`product_list_id`; the older `list_id` is also read).
    public var listID: Int?
    public var productID: String?
    public var productVariantID: String?
    public var productVariantSKU: String?
    /// The sandbox's free-text SKU, for items that name no catalogue product.
    public var sku: String?
    public var name: String?
    public var quantity: Int
    public var position: Int?
    public var status: String?
    public var meta: JSONValue?
    public var source: String?
    public var locationID: Int?
    public var externalID: String?
    public var note: String?
    public var product: JSONValue?
    public var productVariant: JSONValue?
    /// The product a shopper described themselves (`POST …/lists/{list}/custom`): `name`,
    /// `description`, `price` (text), `product_id` (text), `sku`, … (`null` otherwise).
    public var customProduct: JSONValue?
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        id: Int, listID: Int?, productID: String? = nil, productVariantID: String? = nil,
        productVariantSKU: String? = nil, sku: String? = nil, name: String? = nil, quantity: Int = 1,
        position: Int? = nil, status: String? = nil, meta: JSONValue? = nil, source: String? = nil,
        locationID: Int? = nil, externalID: String? = nil, note: String? = nil, product: JSONValue? = nil,
        productVariant: JSONValue? = nil, customProduct: JSONValue? = nil, createdAt: String?, updatedAt: String?
    ) {
        self.id = id
        self.listID = listID
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
        self.product = product
        self.productVariant = productVariant
        self.customProduct = customProduct
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case listID = "product_list_id"
        case legacyListID = "list_id"
        case productID = "product_id"
        case productVariantID = "product_variant_id"
        case productVariantSKU = "product_variant_sku"
        case sku, name, quantity, position, status, meta, source
        case locationID = "location_id"
        case externalID = "external_id"
        case note, product
        case productVariant = "product_variant"
        case customProduct = "custom_product"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id) ?? 0
        listID = try c.decodeLenientInt(.listID) ?? c.decodeLenientInt(.legacyListID)
        productID = try c.decodeLenientString(.productID)
        productVariantID = try c.decodeLenientString(.productVariantID)
        productVariantSKU = try c.decodeLenientString(.productVariantSKU)
        sku = try c.decodeLenientString(.sku)
        name = try c.decodeLenientString(.name)
        quantity = try c.decodeLenientInt(.quantity) ?? 1
        position = try c.decodeLenientInt(.position)
        status = try c.decodeLenientString(.status)
        meta = try c.decodeIfPresent(JSONValue.self, forKey: .meta)
        source = try c.decodeIfPresent(JSONValue.self, forKey: .source).flatMap(\.text)
        locationID = try c.decodeLenientInt(.locationID)
        externalID = try c.decodeLenientString(.externalID)
        note = try c.decodeLenientString(.note)
        product = try c.decodeIfPresent(JSONValue.self, forKey: .product)
        productVariant = try c.decodeIfPresent(JSONValue.self, forKey: .productVariant)
        customProduct = try c.decodeIfPresent(JSONValue.self, forKey: .customProduct)
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(listID, forKey: .listID)
        try c.encode(productID, forKey: .productID)
        try c.encode(productVariantID, forKey: .productVariantID)
        try c.encode(productVariantSKU, forKey: .productVariantSKU)
        try c.encodeIfPresent(sku, forKey: .sku)
        try c.encodeIfPresent(name, forKey: .name)
        try c.encode(quantity, forKey: .quantity)
        try c.encode(position, forKey: .position)
        try c.encode(status, forKey: .status)
        try c.encode(meta, forKey: .meta)
        try c.encode(source, forKey: .source)
        try c.encode(locationID, forKey: .locationID)
        try c.encode(externalID, forKey: .externalID)
        try c.encodeIfPresent(note, forKey: .note)
        try c.encodeIfPresent(product, forKey: .product)
        try c.encodeIfPresent(productVariant, forKey: .productVariant)
        try c.encodeIfPresent(customProduct, forKey: .customProduct)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
    }
}
