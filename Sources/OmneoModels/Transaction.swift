/// A sale or refund (`omneo-sdk` `src/types/transaction.ts`, `Transaction`), as
/// `/transactions[/{id}]` and `/profiles/{id}/transactions[/{id}]` answer it, with its
/// `items`. Decoding is lenient: ids as numbers or strings, `null` where Omneo sends it.
public struct Transaction: Codable, Sendable, Equatable {
    public var id: Int
    public var externalID: String?
    public var profileID: String?
    public var locationID: Int?
    public var total: Double
    public var totalOriginal: Double?
    public var isVoid: Bool
    /// `"YYYY-MM-DD HH:MM:SS"` in ``timezone``.
    public var transactedAt: String?
    public var timezone: String?
    public var receiptRef: String?
    public var currency: String?
    public var tags: [String]
    public var meta: JSONValue?
    public var items: [TransactionItem]
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        id: Int, externalID: String? = nil, profileID: String? = nil, locationID: Int? = nil, total: Double,
        totalOriginal: Double? = nil, isVoid: Bool = false, transactedAt: String? = nil, timezone: String? = nil,
        receiptRef: String? = nil, currency: String? = nil, tags: [String] = [], meta: JSONValue? = nil,
        items: [TransactionItem] = [], createdAt: String? = nil, updatedAt: String? = nil
    ) {
        self.id = id
        self.externalID = externalID
        self.profileID = profileID
        self.locationID = locationID
        self.total = total
        self.totalOriginal = totalOriginal
        self.isVoid = isVoid
        self.transactedAt = transactedAt
        self.timezone = timezone
        self.receiptRef = receiptRef
        self.currency = currency
        self.tags = tags
        self.meta = meta
        self.items = items
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case externalID = "external_id"
        case profileID = "profile_id"
        case locationID = "location_id"
        case total
        case totalOriginal = "total_original"
        case isVoid = "is_void"
        case transactedAt = "transacted_at"
        case timezone
        case receiptRef = "receipt_ref"
        case currency, tags, meta, items
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id) ?? 0
        externalID = try c.decodeLenientString(.externalID)
        profileID = try c.decodeLenientString(.profileID)
        locationID = try c.decodeLenientInt(.locationID)
        total = try c.decodeLenientDouble(.total) ?? 0
        totalOriginal = try c.decodeLenientDouble(.totalOriginal)
        isVoid = try c.decodeLenientBool(.isVoid) ?? false
        transactedAt = try c.decodeLenientString(.transactedAt)
        timezone = try c.decodeLenientString(.timezone)
        receiptRef = try c.decodeLenientString(.receiptRef)
        currency = try c.decodeLenientString(.currency)
        tags = try c.decodeLenientStrings(.tags)
        meta = try c.decodeIfPresent(JSONValue.self, forKey: .meta)
        items = try c.decodeArray(TransactionItem.self, .items)
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }
}

/// One line of a transaction (`omneo-sdk` `src/types/transaction.ts`, `TransactionItem`);
/// a negative `quantity` is a refund. Decoding is lenient.
public struct TransactionItem: Codable, Sendable, Equatable {
    public var id: Int
    public var transactionID: Int
    public var externalID: String?
    public var name: String?
    public var productID: Int?
    public var productVariantID: Int?
    public var sku: String?
    public var variantExternalID: String?
    public var isVoid: Bool
    public var quantity: Double
    public var priceCurrent: Double?
    public var priceSell: Double?
    public var priceOriginal: Double?
    public var department: String?
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        id: Int, transactionID: Int, externalID: String? = nil, name: String?, productID: Int? = nil,
        productVariantID: Int? = nil, sku: String? = nil, variantExternalID: String? = nil, isVoid: Bool = false,
        quantity: Double = 1, priceCurrent: Double? = nil, priceSell: Double? = nil, priceOriginal: Double? = nil,
        department: String? = nil, createdAt: String? = nil, updatedAt: String? = nil
    ) {
        self.id = id
        self.transactionID = transactionID
        self.externalID = externalID
        self.name = name
        self.productID = productID
        self.productVariantID = productVariantID
        self.sku = sku
        self.variantExternalID = variantExternalID
        self.isVoid = isVoid
        self.quantity = quantity
        self.priceCurrent = priceCurrent
        self.priceSell = priceSell
        self.priceOriginal = priceOriginal
        self.department = department
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// Omneo's field names; the sandbox's stored item uses them as its columns too.
    public enum CodingKeys: String, CodingKey {
        case id
        case transactionID = "transaction_id"
        case externalID = "external_id"
        case name
        case productID = "product_id"
        case productVariantID = "product_variant_id"
        case sku
        case variantExternalID = "variant_external_id"
        case isVoid = "is_void"
        case quantity
        case priceCurrent = "price_current"
        case priceSell = "price_sell"
        case priceOriginal = "price_original"
        case department
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id) ?? 0
        transactionID = try c.decodeLenientInt(.transactionID) ?? 0
        externalID = try c.decodeLenientString(.externalID)
        name = try c.decodeLenientString(.name)
        productID = try c.decodeLenientInt(.productID)
        productVariantID = try c.decodeLenientInt(.productVariantID)
        sku = try c.decodeLenientString(.sku)
        variantExternalID = try c.decodeLenientString(.variantExternalID)
        isVoid = try c.decodeLenientBool(.isVoid) ?? false
        quantity = try c.decodeLenientDouble(.quantity) ?? 1
        priceCurrent = try c.decodeLenientDouble(.priceCurrent)
        priceSell = try c.decodeLenientDouble(.priceSell)
        priceOriginal = try c.decodeLenientDouble(.priceOriginal)
        department = try c.decodeLenientString(.department)
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }
}
