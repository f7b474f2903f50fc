extension PostgresSandboxStore {
    func transactions(_ query: StoreQuery) async throws -> StorePage<TransactionRecord> {
        try await page(TransactionRecord.self, query.conditions, sort: query.sort, query.page)
    }

    func transactions(profileID: String) async throws -> [TransactionRecord] {
        try await records(TransactionRecord.self, where: "profile_id", in: [profileID])
    }

    func transaction(id: Int) async throws -> TransactionRecord? {
        try await record(TransactionRecord.self, [.equals(column: "id", value: .integer(id))])
    }

    func transactionItems(transactionIDs: [Int]) async throws -> [TransactionItemRecord] {
        try await records(TransactionItemRecord.self, where: "transaction_id", in: transactionIDs)
    }

    func insertTransaction(_ record: TransactionRecord, items: [TransactionItemRecord]) async throws
        -> (TransactionRecord, [TransactionItemRecord])
    {
        try await write { connection in
            let inserted = try await Self.insert(record, on: connection, logger: logger)
            var lines: [TransactionItemRecord] = []
            for item in items {
                var item = item
                item.transactionID = inserted.id ?? 0
                lines.append(try await Self.insert(item, on: connection, logger: logger))
            }
            return (inserted, lines)
        }
    }

    func deleteTransaction(id: Int) async throws -> Bool {
        try await delete(TransactionRecord.self, [.equals(column: "id", value: .integer(id))])
    }
}
