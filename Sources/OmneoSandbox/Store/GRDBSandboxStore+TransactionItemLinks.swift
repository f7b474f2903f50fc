import GRDB

extension TransactionItemLinkRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "transaction_item_list_items"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}

extension GRDBSandboxStore {
    func transactionItem(id: Int) async throws -> TransactionItemRecord? {
        try await read { db in try TransactionItemRecord.fetchOne(db, key: id) }
    }

    func listItem(id: Int) async throws -> ListItemRecord? {
        try await read { db in try ListItemRecord.fetchOne(db, key: id) }
    }

    func updateTransaction(id: Int, _ change: @escaping @Sendable (inout TransactionRecord) throws -> Void)
        async throws -> TransactionRecord?
    {
        try await update(TransactionRecord.filter(key: id), change)
    }

    func transactionItemLinks(transactionItemIDs: [Int]) async throws -> [TransactionItemLinkRecord] {
        try await read { db in
            try TransactionItemLinkRecord.filter(transactionItemIDs.contains(Column("transaction_item_id")))
                .order(Column("id")).fetchAll(db)
        }
    }

    func insertTransactionItemLink(_ record: TransactionItemLinkRecord) async throws -> TransactionItemLinkRecord {
        try await insert(record)
    }

    func deleteTransactionItemLink(transactionItemID: Int, listItemID: Int) async throws -> Bool {
        try await delete(
            TransactionItemLinkRecord.filter(
                Column("transaction_item_id") == transactionItemID && Column("list_item_id") == listItemID))
    }
}
