import GRDB

extension GRDBSandboxStore {
    func transactions(_ query: StoreQuery) async throws -> StorePage<TransactionRecord> {
        try await read { db in
            try Self.page(Self.applying(query, to: TransactionRecord.all(), tiebreak: "id"), query.page, db)
        }
    }

    func transactions(profileID: String) async throws -> [TransactionRecord] {
        try await read { db in
            try TransactionRecord.filter(Column("profile_id") == profileID).order(Column("id")).fetchAll(db)
        }
    }

    func transaction(id: Int) async throws -> TransactionRecord? {
        try await read { db in try TransactionRecord.fetchOne(db, key: id) }
    }

    func transactionItems(transactionIDs: [Int]) async throws -> [TransactionItemRecord] {
        try await read { db in
            try TransactionItemRecord.filter(transactionIDs.contains(Column("transaction_id"))).order(Column("id"))
                .fetchAll(db)
        }
    }

    func insertTransaction(_ record: TransactionRecord, items: [TransactionItemRecord]) async throws
        -> (TransactionRecord, [TransactionItemRecord])
    {
        try await write { db in
            let inserted = try record.inserted(db)
            let lines = try items.map { item in
                var item = item
                item.transactionID = inserted.id ?? 0
                return try item.inserted(db)
            }
            return (inserted, lines)
        }
    }

    func deleteTransaction(id: Int) async throws -> Bool {
        try await delete(TransactionRecord.filter(key: id))
    }
}
