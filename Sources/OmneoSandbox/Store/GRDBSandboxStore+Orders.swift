import GRDB

extension OrderRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "orders"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}

extension OrderItemRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "order_items"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}

extension GRDBSandboxStore {
    func orders(_ query: StoreQuery) async throws -> StorePage<OrderRecord> {
        try await read { db in
            try Self.page(Self.applying(query, to: OrderRecord.all(), tiebreak: "id"), query.page, db)
        }
    }

    func orders(profileID: String) async throws -> [OrderRecord] {
        try await read { db in try OrderRecord.filter(Column("profile_id") == profileID).order(Column("id")).fetchAll(db) }
    }

    func order(id: Int) async throws -> OrderRecord? {
        try await read { db in try OrderRecord.filter(Column("id") == id).fetchOne(db) }
    }

    func orderItems(orderIDs: [Int]) async throws -> [OrderItemRecord] {
        try await read { db in
            try OrderItemRecord.filter(orderIDs.contains(Column("order_id"))).order(Column("id")).fetchAll(db)
        }
    }

    func insertOrder(_ record: OrderRecord, items: [OrderItemRecord]) async throws -> (OrderRecord, [OrderItemRecord]) {
        try await write { db in
            let inserted = try record.inserted(db)
            let lines = try items.map { item in
                var item = item
                item.orderID = inserted.id ?? 0
                item.line.transactionID = item.orderID
                return try item.inserted(db)
            }
            return (inserted, lines)
        }
    }

    func deleteOrder(id: Int) async throws -> Bool {
        try await delete(OrderRecord.filter(Column("id") == id))
    }
}
