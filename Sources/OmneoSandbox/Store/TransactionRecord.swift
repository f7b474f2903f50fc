import OmneoModels

/// A row of `transactions`: a sale or refund, of a profile or of nobody (`profile_id` null).
/// `tags` is JSON text of strings, `meta` JSON text of an object; `order_number` groups the
/// transactions of one order (`group_transactions`).
public struct TransactionRecord: Codable, Sendable, Equatable {
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
    public var tags: [String]
    public var meta: String?
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: Int? = nil, profileID: String?, total: Double, transactedAt: String, createdAt: String,
        updatedAt: String
    ) {
        self.id = id
        self.profileID = profileID
        self.total = total
        self.isVoid = false
        self.transactedAt = transactedAt
        self.tags = []
        self.createdAt = createdAt
        self.updatedAt = updatedAt
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
        case currency, tags, meta
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}

/// A row of `transaction_items`: one line of a transaction (deleted with it).
public struct TransactionItemRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var transactionID: Int
    public var externalID: String?
    public var name: String
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
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: Int? = nil, transactionID: Int, name: String, quantity: Double = 1, createdAt: String, updatedAt: String
    ) {
        self.id = id
        self.transactionID = transactionID
        self.name = name
        self.isVoid = false
        self.quantity = quantity
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The columns are Omneo's field names, as on the shared model.
    public typealias CodingKeys = TransactionItem.CodingKeys
}
