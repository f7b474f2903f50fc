extension OrderRecord: PostgresSerialRecord {
    static var tableName: String { "orders" }
}

extension OrderItemRecord: PostgresSerialRecord {
    static var tableName: String { "order_items" }
}

extension PostgresSandboxStore {
    func orders(_ query: StoreQuery) async throws -> StorePage<OrderRecord> {
        try await page(OrderRecord.self, query.conditions, sort: query.sort, query.page)
    }

    func orders(profileID: String) async throws -> [OrderRecord] {
        try await records(OrderRecord.self, where: "profile_id", in: [profileID])
    }

    func order(id: Int) async throws -> OrderRecord? {
        try await record(OrderRecord.self, [.equals(column: "id", value: .integer(id))])
    }

    func orderItems(orderIDs: [Int]) async throws -> [OrderItemRecord] {
        try await records(OrderItemRecord.self, where: "order_id", in: orderIDs)
    }

    func insertOrder(_ record: OrderRecord, items: [OrderItemRecord]) async throws -> (OrderRecord, [OrderItemRecord]) {
        try await write { connection in
            let inserted = try await Self.insert(record, on: connection, logger: logger)
            var lines: [OrderItemRecord] = []
            for item in items {
                var item = item
                item.orderID = inserted.id ?? 0
                item.line.transactionID = item.orderID
                lines.append(try await Self.insert(item, on: connection, logger: logger))
            }
            return (inserted, lines)
        }
    }

    func deleteOrder(id: Int) async throws -> Bool {
        try await delete(OrderRecord.self, [.equals(column: "id", value: .integer(id))])
    }
}
