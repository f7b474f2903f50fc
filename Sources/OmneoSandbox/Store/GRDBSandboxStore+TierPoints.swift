import GRDB

extension GRDBSandboxStore {
    func tierPoints(_ query: StoreQuery) async throws -> StorePage<TierPointRecord> {
        try await read { db in
            try Self.page(Self.applying(query, to: TierPointRecord.all(), tiebreak: "id"), query.page, db)
        }
    }

    func insertTierPoint(_ record: TierPointRecord) async throws -> TierPointRecord {
        try await insert(record)
    }

    func deleteTierPoint(id: Int) async throws -> Bool {
        try await delete(TierPointRecord.filter(Column("id") == id))
    }
}
