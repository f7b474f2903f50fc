extension PostgresSandboxStore {
    func locations(_ query: StoreQuery) async throws -> StorePage<LocationRecord> {
        try await page(LocationRecord.self, query.conditions, sort: query.sort, query.page)
    }

    func location(id: Int) async throws -> LocationRecord? {
        try await record(LocationRecord.self, [.equals(column: "id", value: .integer(id))])
    }

    func insertLocation(_ record: LocationRecord) async throws -> LocationRecord {
        try await insert(record)
    }

    func updateLocation(id: Int, _ change: @escaping @Sendable (inout LocationRecord) throws -> Void) async throws
        -> LocationRecord?
    {
        try await update(LocationRecord.self, [.equals(column: "id", value: .integer(id))], change)
    }

    func deleteLocation(id: Int) async throws -> Bool {
        try await delete(LocationRecord.self, [.equals(column: "id", value: .integer(id))])
    }
}
