import GRDB

extension GRDBSandboxStore {
    func locations(_ query: StoreQuery) async throws -> StorePage<LocationRecord> {
        try await read { db in
            try Self.page(Self.applying(query, to: LocationRecord.all(), tiebreak: "id"), query.page, db)
        }
    }

    func location(id: Int) async throws -> LocationRecord? {
        try await read { db in try LocationRecord.fetchOne(db, key: id) }
    }

    func insertLocation(_ record: LocationRecord) async throws -> LocationRecord {
        try await insert(record)
    }

    func updateLocation(id: Int, _ change: @escaping @Sendable (inout LocationRecord) throws -> Void) async throws
        -> LocationRecord?
    {
        try await update(LocationRecord.filter(key: id), change)
    }

    func deleteLocation(id: Int) async throws -> Bool {
        try await delete(LocationRecord.filter(key: id))
    }
}
