/// A line of the shopper's transactions as `transactionitems/list/{assigned,unassigned}` and
/// `transactions/items/{id}/list-item` answer it (`omneo-sdk` `src/types/transaction.ts`,
/// `TransactionItem` with `transaction` and `list_items`): the item, a summary of its
/// transaction, and the list items it is linked to (with `include_list_item=1`).
public struct ProfileTransactionItem: Codable, Sendable, Equatable {
    public var item: TransactionItem
    public var transaction: TransactionSummary?
    /// `nil` when the answer did not include them.
    public var listItems: [TransactionItemListItem]?

    public init(item: TransactionItem, transaction: TransactionSummary?, listItems: [TransactionItemListItem]?) {
        self.item = item
        self.transaction = transaction
        self.listItems = listItems
    }

    enum ExtraKeys: String, CodingKey {
        case transaction
        case listItems = "list_items"
    }

    public init(from decoder: any Decoder) throws {
        item = try TransactionItem(from: decoder)
        let c = try decoder.container(keyedBy: ExtraKeys.self)
        transaction = try c.decodeIfPresent(TransactionSummary.self, forKey: .transaction)
        listItems = try c.decodeIfPresent([TransactionItemListItem].self, forKey: .listItems)
    }

    public func encode(to encoder: any Encoder) throws {
        try item.encode(to: encoder)
        var c = encoder.container(keyedBy: ExtraKeys.self)
        try c.encodeIfPresent(transaction, forKey: .transaction)
        try c.encodeIfPresent(listItems, forKey: .listItems)
    }

    /// The transaction an item belongs to, as embedded in it.
    public struct TransactionSummary: Codable, Sendable, Equatable {
        public var transactedAt: String?
        public var receiptRef: String?
        public var externalID: String?

        public init(transactedAt: String?, receiptRef: String?, externalID: String?) {
            self.transactedAt = transactedAt
            self.receiptRef = receiptRef
            self.externalID = externalID
        }

        enum CodingKeys: String, CodingKey {
            case transactedAt = "transacted_at"
            case receiptRef = "receipt_ref"
            case externalID = "external_id"
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            transactedAt = try c.decodeLenientString(.transactedAt)
            receiptRef = try c.decodeLenientString(.receiptRef)
            externalID = try c.decodeLenientString(.externalID)
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(transactedAt, forKey: .transactedAt)
            try c.encode(receiptRef, forKey: .receiptRef)
            try c.encode(externalID, forKey: .externalID)
        }
    }
}

/// A list item a transaction line is linked to (`omneo-sdk` `src/types/transaction.ts`,
/// `TransactionItemProductListItem`), with its list's name and the link's `pivot` times.
public struct TransactionItemListItem: Codable, Sendable, Equatable {
    public var id: Int
    public var productListID: Int?
    public var listName: String?
    public var listHandle: String?
    public var listDescription: String?
    public var quantity: Int?
    public var position: Int?
    public var status: String?
    public var meta: JSONValue?
    /// When the link was made.
    public var linkedAt: String?
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        id: Int, productListID: Int?, listName: String?, listHandle: String?, listDescription: String?,
        quantity: Int?, position: Int?, status: String?, meta: JSONValue?, linkedAt: String?, createdAt: String?,
        updatedAt: String?
    ) {
        self.id = id
        self.productListID = productListID
        self.listName = listName
        self.listHandle = listHandle
        self.listDescription = listDescription
        self.quantity = quantity
        self.position = position
        self.status = status
        self.meta = meta
        self.linkedAt = linkedAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case productListID = "product_list_id"
        case list, quantity, position, status, meta, pivot
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    enum ListKeys: String, CodingKey {
        case name, handle, description
    }

    enum PivotKeys: String, CodingKey {
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id) ?? 0
        productListID = try c.decodeLenientInt(.productListID)
        // Omneo writes `[]` for a missing list or pivot (PHP's empty array).
        let list = try? c.nestedContainer(keyedBy: ListKeys.self, forKey: .list)
        listName = try list?.decodeLenientString(.name)
        listHandle = try list?.decodeLenientString(.handle)
        listDescription = try list?.decodeLenientString(.description)
        quantity = try c.decodeLenientInt(.quantity)
        position = try c.decodeLenientInt(.position)
        status = try c.decodeLenientString(.status)
        meta = try c.decodeIfPresent(JSONValue.self, forKey: .meta)
        let pivot = try? c.nestedContainer(keyedBy: PivotKeys.self, forKey: .pivot)
        linkedAt = try pivot?.decodeLenientString(.createdAt)
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(productListID, forKey: .productListID)
        var list = c.nestedContainer(keyedBy: ListKeys.self, forKey: .list)
        try list.encode(listName, forKey: .name)
        try list.encode(listHandle, forKey: .handle)
        try list.encode(listDescription, forKey: .description)
        try c.encode(quantity, forKey: .quantity)
        try c.encode(position, forKey: .position)
        try c.encode(status, forKey: .status)
        try c.encode(meta, forKey: .meta)
        var pivot = c.nestedContainer(keyedBy: PivotKeys.self, forKey: .pivot)
        try pivot.encode(linkedAt, forKey: .createdAt)
        try pivot.encode(linkedAt, forKey: .updatedAt)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
    }
}
