extension TransactionItemLinkRecord: PostgresSerialRecord {
    static var tableName: String { "transaction_item_list_items" }
}

extension PostgresSandboxStore {
    func transactionItem(id: Int) async throws -> TransactionItemRecord? {
        try await record(TransactionItemRecord.self, [.equals(column: "id", value: .integer(id))])
    }

    func listItem(id: Int) async throws -> ListItemRecord? {
        try await record(ListItemRecord.self, [.equals(column: "id", value: .integer(id))])
    }

    func updateTransaction(id: Int, _ change: @escaping @Sendable (inout TransactionRecord) throws -> Void)
        async throws -> TransactionRecord?
    {
        try await update(TransactionRecord.self, [.equals(column: "id", value: .integer(id))], change)
    }

    func transactionItemLinks(transactionItemIDs: [Int]) async throws -> [TransactionItemLinkRecord] {
        try await records(TransactionItemLinkRecord.self, where: "transaction_item_id", in: transactionItemIDs)
    }

    func insertTransactionItemLink(_ record: TransactionItemLinkRecord) async throws -> TransactionItemLinkRecord {
        try await insert(record)
    }

    func deleteTransactionItemLink(transactionItemID: Int, listItemID: Int) async throws -> Bool {
        try await delete(
            TransactionItemLinkRecord.self,
            [
                .equals(column: "transaction_item_id", value: .integer(transactionItemID)),
                .equals(column: "list_item_id", value: .integer(listItemID)),
            ])
    }
}
