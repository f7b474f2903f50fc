extension TransactionClaimRecord: PostgresSerialRecord {
    static var tableName: String { "transaction_claims" }
}

extension PostgresSandboxStore {
    func transactionClaims(_ query: StoreQuery) async throws -> StorePage<TransactionClaimRecord> {
        try await page(TransactionClaimRecord.self, query.conditions, sort: query.sort, query.page)
    }

    func transactionClaim(profileID: String, id: Int) async throws -> TransactionClaimRecord? {
        try await record(TransactionClaimRecord.self, Self.transactionClaimConditions(profileID, id))
    }

    func insertTransactionClaim(_ record: TransactionClaimRecord) async throws -> TransactionClaimRecord {
        try await insert(record)
    }

    func deleteTransactionClaim(profileID: String, id: Int) async throws -> Bool {
        try await delete(TransactionClaimRecord.self, Self.transactionClaimConditions(profileID, id))
    }

    static func transactionClaimConditions(_ profileID: String, _ id: Int) -> [StoreCondition] {
        [.equals(column: "profile_id", value: .text(profileID)), .equals(column: "id", value: .integer(id))]
    }
}
