extension PostgresSandboxStore {
    func tierPoints(_ query: StoreQuery) async throws -> StorePage<TierPointRecord> {
        try await page(TierPointRecord.self, query.conditions, sort: query.sort, query.page)
    }

    func insertTierPoint(_ record: TierPointRecord) async throws -> TierPointRecord {
        try await insert(record)
    }

    func deleteTierPoint(id: Int) async throws -> Bool {
        try await delete(TierPointRecord.self, [.equals(column: "id", value: .integer(id))])
    }
}
