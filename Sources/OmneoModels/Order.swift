/// An order (`omneo-sdk` `src/types/orders.ts`, `Order`; `src/types/order.ts`), as
/// `/orders[/{id}]` and `/profiles/{id}/orders[/{id}]` answer it, with its `items`. Orders
/// are kept apart from transactions (an online order before it is fulfilled). Decoding is
/// lenient.
public struct Order: Codable, Sendable, Equatable {
    public var id: Int
    public var profileID: String?
    public var externalID: String?
    public var orderNumber: String?
    public var locationID: Int?
    public var total: Double?
    public var totalOriginal: Double?
    public var isVoid: Bool
    /// `"YYYY-MM-DD HH:MM:SS"` in ``timezone``.
    public var transactedAt: String?
    public var timezone: String?
    public var receiptRef: String?
    public var currency: String?
    public var status: String?
    public var type: String?
    public var tags: [String]
    public var meta: JSONValue?
    public var items: [OrderItem]
    public var createdAt: String?
    public var updatedAt: String?

    public init(id: Int, profileID: String?, total: Double?, items: [OrderItem] = []) {
        self.id = id
        self.profileID = profileID
        self.total = total
        self.isVoid = false
        self.tags = []
        self.items = items
    }

    enum CodingKeys: String, CodingKey {
        case id
        case profileID = "profile_id"
        case externalID = "external_id"
        case orderNumber = "order_number"
        case locationID = "location_id"
        case total
        case totalOriginal = "total_original"
        case isVoid = "is_void"
        case transactedAt = "transacted_at"
        case timezone
        case receiptRef = "receipt_ref"
        case currency, status, type, tags, meta, items
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id) ?? 0
        profileID = try c.decodeLenientString(.profileID)
        externalID = try c.decodeLenientString(.externalID)
        orderNumber = try c.decodeLenientString(.orderNumber)
        locationID = try c.decodeLenientInt(.locationID)
        total = try c.decodeLenientDouble(.total)
        totalOriginal = try c.decodeLenientDouble(.totalOriginal)
        isVoid = try c.decodeLenientBool(.isVoid) ?? false
        transactedAt = try c.decodeLenientString(.transactedAt)
        timezone = try c.decodeLenientString(.timezone)
        receiptRef = try c.decodeLenientString(.receiptRef)
        currency = try c.decodeLenientString(.currency)
        status = try c.decodeLenientString(.status)
        type = try c.decodeLenientString(.type)
        tags = try c.decodeLenientStrings(.tags)
        meta = try c.decodeIfPresent(JSONValue.self, forKey: .meta)
        items = try c.decodeArray(OrderItem.self, .items)
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }

    public func encode(to encoder: any Encoder) throws {
        // Laravel writes every column, `null` included.
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(profileID, forKey: .profileID)
        try c.encode(externalID, forKey: .externalID)
        try c.encode(orderNumber, forKey: .orderNumber)
        try c.encode(locationID, forKey: .locationID)
        try c.encode(total, forKey: .total)
        try c.encode(totalOriginal, forKey: .totalOriginal)
        try c.encode(isVoid, forKey: .isVoid)
        try c.encode(transactedAt, forKey: .transactedAt)
        try c.encode(timezone, forKey: .timezone)
        try c.encode(receiptRef, forKey: .receiptRef)
        try c.encode(currency, forKey: .currency)
        try c.encode(status, forKey: .status)
        try c.encode(type, forKey: .type)
        try c.encode(tags, forKey: .tags)
        try c.encode(meta, forKey: .meta)
        try c.encode(items, forKey: .items)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
    }
}

/// One line of an order (`omneo-sdk` `src/types/orders.ts`, `OrderItem`): a transaction line
/// under `order_id`. Decoding is lenient.
public struct OrderItem: Codable, Sendable, Equatable {
    public var orderID: Int
    /// The line's fields, which are a transaction line's.
    public var line: TransactionItem

    public init(orderID: Int, line: TransactionItem) {
        self.orderID = orderID
        self.line = line
    }

    enum CodingKeys: String, CodingKey {
        case orderID = "order_id"
    }

    public init(from decoder: any Decoder) throws {
        orderID = try decoder.container(keyedBy: CodingKeys.self).decodeLenientInt(.orderID) ?? 0
        line = try TransactionItem(from: decoder)
        line.transactionID = orderID
    }

    public func encode(to encoder: any Encoder) throws {
        try line.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(orderID, forKey: .orderID)
    }
}

/// One entry of `group_orders` (`omneo-sdk` `src/types/profiles/order.ts`, `ProfileGroupOrder`):
/// the orders sharing an `order_number` (an order without one is its own group), latest first.
public struct GroupedOrder: Codable, Sendable, Equatable {
    public var orderNumber: String?
    /// The latest order's id.
    public var orderID: Int
    public var numberOrders: Int
    public var total: Double?
    public var latestUpdatedAt: String?
    public var latestTransactedAt: String?
    public var orders: [Order]

    public init(
        orderNumber: String?, orderID: Int, numberOrders: Int, total: Double?, latestUpdatedAt: String?,
        latestTransactedAt: String?, orders: [Order]
    ) {
        self.orderNumber = orderNumber
        self.orderID = orderID
        self.numberOrders = numberOrders
        self.total = total
        self.latestUpdatedAt = latestUpdatedAt
        self.latestTransactedAt = latestTransactedAt
        self.orders = orders
    }

    enum CodingKeys: String, CodingKey {
        case orderNumber = "order_number"
        case orderID = "order_id"
        case numberOrders = "number_orders"
        case total
        case latestUpdatedAt = "latest_updated_at"
        case latestTransactedAt = "latest_transacted_at"
        case orders
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        orderNumber = try c.decodeLenientString(.orderNumber)
        orderID = try c.decodeLenientInt(.orderID) ?? 0
        numberOrders = try c.decodeLenientInt(.numberOrders) ?? 0
        total = try c.decodeLenientDouble(.total)
        latestUpdatedAt = try c.decodeLenientString(.latestUpdatedAt)
        latestTransactedAt = try c.decodeLenientString(.latestTransactedAt)
        orders = try c.decodeArray(Order.self, .orders)
    }
}
