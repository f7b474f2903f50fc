import GRDB

extension TransactionClaimRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "transaction_claims"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}

extension GRDBSandboxStore {
    func transactionClaims(_ query: StoreQuery) async throws -> StorePage<TransactionClaimRecord> {
        try await read { db in
            try Self.page(Self.applying(query, to: TransactionClaimRecord.all(), tiebreak: "id"), query.page, db)
        }
    }

    func transactionClaim(profileID: String, id: Int) async throws -> TransactionClaimRecord? {
        try await read { db in try Self.transactionClaimRequest(profileID, id).fetchOne(db) }
    }

    func insertTransactionClaim(_ record: TransactionClaimRecord) async throws -> TransactionClaimRecord {
        try await insert(record)
    }

    func deleteTransactionClaim(profileID: String, id: Int) async throws -> Bool {
        try await delete(Self.transactionClaimRequest(profileID, id))
    }

    static func transactionClaimRequest(_ profileID: String, _ id: Int) -> QueryInterfaceRequest<TransactionClaimRecord> {
        TransactionClaimRecord.filter(Column("profile_id") == profileID && Column("id") == id)
    }
}
