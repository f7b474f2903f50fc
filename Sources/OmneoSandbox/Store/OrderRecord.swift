/// A row of `orders`: a transaction's columns plus the order's `status` and `type`
/// (`omneo-sdk` `src/types/orders.ts`). Built from a ``TransactionRecord`` read by
/// `TransactionInput`, so orders and transactions validate alike.
public struct OrderRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var profileID: String?
    public var externalID: String?
    public var locationID: Int?
    public var total: Double
    public var totalOriginal: Double?
    public var isVoid: Bool
    public var transactedAt: String
    public var timezone: String?
    public var receiptRef: String?
    public var orderNumber: String?
    public var currency: String?
    public var status: String?
    public var type: String?
    public var tags: [String]
    public var meta: String?
    public var createdAt: String
    public var updatedAt: String

    /// The order with the transaction's fields.
    public init(_ transaction: TransactionRecord, status: String? = nil, type: String? = nil) {
        id = transaction.id
        profileID = transaction.profileID
        externalID = transaction.externalID
        locationID = transaction.locationID
        total = transaction.total
        totalOriginal = transaction.totalOriginal
        isVoid = transaction.isVoid
        transactedAt = transaction.transactedAt
        timezone = transaction.timezone
        receiptRef = transaction.receiptRef
        orderNumber = transaction.orderNumber
        currency = transaction.currency
        self.status = status
        self.type = type
        tags = transaction.tags
        meta = transaction.meta
        createdAt = transaction.createdAt
        updatedAt = transaction.updatedAt
    }

    public enum CodingKeys: String, CodingKey {
        case id
        case profileID = "profile_id"
        case externalID = "external_id"
        case locationID = "location_id"
        case total
        case totalOriginal = "total_original"
        case isVoid = "is_void"
        case transactedAt = "transacted_at"
        case timezone
        case receiptRef = "receipt_ref"
        case orderNumber = "order_number"
        case currency, status, type, tags, meta
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}

/// A row of `order_items`: one line of an order (deleted with it); a transaction line's
/// columns under `order_id`.
public struct OrderItemRecord: Codable, Sendable, Equatable {
    public var orderID: Int
    /// The line; its `transactionID` is not stored (it is ``orderID``).
    public var line: TransactionItemRecord

    public init(orderID: Int, line: TransactionItemRecord) {
        self.orderID = orderID
        self.line = line
    }

    public var id: Int? {
        get { line.id }
        set { line.id = newValue }
    }

    enum CodingKeys: String, CodingKey {
        case orderID = "order_id"
    }

    /// The row's columns: the line's, with `order_id` in place of `transaction_id`.
    public init(from decoder: any Decoder) throws {
        orderID = try decoder.container(keyedBy: CodingKeys.self).decode(Int.self, forKey: .orderID)
        line = try OrderLineColumns(from: decoder).line(orderID: orderID)
    }

    public func encode(to encoder: any Encoder) throws {
        try OrderLineColumns(line).encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(orderID, forKey: .orderID)
    }
}

/// A transaction line's columns but `transaction_id`.
private struct OrderLineColumns: Codable {
    var id: Int?
    var externalID: String?
    var name: String
    var productID: Int?
    var productVariantID: Int?
    var sku: String?
    var variantExternalID: String?
    var isVoid: Bool
    var quantity: Double
    var priceCurrent: Double?
    var priceSell: Double?
    var priceOriginal: Double?
    var department: String?
    var createdAt: String
    var updatedAt: String

    init(_ line: TransactionItemRecord) {
        (id, externalID, name, productID, productVariantID) =
            (line.id, line.externalID, line.name, line.productID, line.productVariantID)
        (sku, variantExternalID, isVoid, quantity) = (line.sku, line.variantExternalID, line.isVoid, line.quantity)
        (priceCurrent, priceSell, priceOriginal, department) =
            (line.priceCurrent, line.priceSell, line.priceOriginal, line.department)
        (createdAt, updatedAt) = (line.createdAt, line.updatedAt)
    }

    func line(orderID: Int) -> TransactionItemRecord {
        var line = TransactionItemRecord(
            id: id, transactionID: orderID, name: name, quantity: quantity, createdAt: createdAt, updatedAt: updatedAt)
        (line.externalID, line.productID, line.productVariantID, line.sku) = (externalID, productID, productVariantID, sku)
        (line.variantExternalID, line.isVoid, line.priceCurrent) = (variantExternalID, isVoid, priceCurrent)
        (line.priceSell, line.priceOriginal, line.department) = (priceSell, priceOriginal, department)
        return line
    }

    enum CodingKeys: String, CodingKey {
        case id
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
}
