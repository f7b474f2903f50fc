/// A product variant the profile bought, as `/profiles/{id}/transaction-products` answers it
/// (`omneo-sdk` `src/types/profiles/transaction.ts`, `TransactionProductVariant`): the
/// variant's `id`, how many of the profile's transaction lines carry it (`count`), the
/// quantities bought and refunded and when it was last bought. Decoding is lenient.
public struct TransactionProduct: Codable, Sendable, Equatable {
    /// The product variant's id.
    public var id: Int
    public var productID: Int?
    public var sku: String?
    public var title: String?
    public var price: Double?
    public var count: Int
    public var purchaseQuantity: Double
    public var refundQuantity: Double
    public var latestTransactedAt: String?

    public init(
        id: Int, productID: Int? = nil, sku: String? = nil, title: String? = nil, price: Double? = nil, count: Int,
        purchaseQuantity: Double, refundQuantity: Double, latestTransactedAt: String? = nil
    ) {
        self.id = id
        self.productID = productID
        self.sku = sku
        self.title = title
        self.price = price
        self.count = count
        self.purchaseQuantity = purchaseQuantity
        self.refundQuantity = refundQuantity
        self.latestTransactedAt = latestTransactedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case productID = "product_id"
        case sku, title, price, count
        case purchaseQuantity = "purchase_qty"
        case refundQuantity = "refund_qty"
        case latestTransactedAt = "latest_transacted_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id) ?? 0
        productID = try c.decodeLenientInt(.productID)
        sku = try c.decodeLenientString(.sku)
        title = try c.decodeLenientString(.title)
        price = try c.decodeLenientDouble(.price)
        count = try c.decodeLenientInt(.count) ?? 0
        purchaseQuantity = try c.decodeLenientDouble(.purchaseQuantity) ?? 0
        refundQuantity = try c.decodeLenientDouble(.refundQuantity) ?? 0
        latestTransactedAt = try c.decodeLenientString(.latestTransactedAt)
    }
}

/// One order of the profile's transactions, as `/profiles/{id}/group_transactions` answers it
/// (`omneo-sdk` `src/types/profiles/transaction.ts`, `GroupedTransaction`). Decoding is lenient.
public struct GroupedTransaction: Codable, Sendable, Equatable {
    public var orderNumber: String?
    /// The latest transaction of the order.
    public var transactionID: Int
    public var numberTransactions: Int
    public var latestUpdatedAt: String?
    public var latestTransactedAt: String?

    public init(
        orderNumber: String?, transactionID: Int, numberTransactions: Int, latestUpdatedAt: String?,
        latestTransactedAt: String?
    ) {
        self.orderNumber = orderNumber
        self.transactionID = transactionID
        self.numberTransactions = numberTransactions
        self.latestUpdatedAt = latestUpdatedAt
        self.latestTransactedAt = latestTransactedAt
    }

    enum CodingKeys: String, CodingKey {
        case orderNumber = "order_number"
        case transactionID = "transaction_id"
        case numberTransactions = "number_transactions"
        case latestUpdatedAt = "latest_updated_at"
        case latestTransactedAt = "latest_transacted_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        orderNumber = try c.decodeLenientString(.orderNumber)
        transactionID = try c.decodeLenientInt(.transactionID) ?? 0
        numberTransactions = try c.decodeLenientInt(.numberTransactions) ?? 0
        latestUpdatedAt = try c.decodeLenientString(.latestUpdatedAt)
        latestTransactedAt = try c.decodeLenientString(.latestTransactedAt)
    }
}
