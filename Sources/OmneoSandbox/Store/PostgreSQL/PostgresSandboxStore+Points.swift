extension PostgresSandboxStore {
    func points(_ query: StoreQuery) async throws -> StorePage<PointRecord> {
        try await page(PointRecord.self, query.conditions, sort: query.sort, query.page)
    }

    func points(profileID: String) async throws -> [PointRecord] {
        try await records(PointRecord.self, where: "profile_id", in: [profileID])
    }

    func point(profileID: String, id: Int) async throws -> PointRecord? {
        try await record(PointRecord.self, Self.pointConditions(profileID, id))
    }

    func insertPoint(_ record: PointRecord) async throws -> PointRecord {
        try await insert(record)
    }

    func updatePoint(profileID: String, id: Int, _ change: @escaping @Sendable (inout PointRecord) throws -> Void)
        async throws -> PointRecord?
    {
        try await update(PointRecord.self, Self.pointConditions(profileID, id), change)
    }

    func deletePoint(profileID: String, id: Int) async throws -> Bool {
        try await delete(PointRecord.self, Self.pointConditions(profileID, id))
    }

    static func pointConditions(_ profileID: String, _ id: Int) -> [StoreCondition] {
        [.equals(column: "profile_id", value: .text(profileID)), .equals(column: "id", value: .integer(id))]
    }
}
