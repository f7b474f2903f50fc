import GRDB

extension GRDBSandboxStore {
    func points(_ query: StoreQuery) async throws -> StorePage<PointRecord> {
        try await read { db in
            try Self.page(Self.applying(query, to: PointRecord.all(), tiebreak: "id"), query.page, db)
        }
    }

    func points(profileID: String) async throws -> [PointRecord] {
        try await read { db in try PointRecord.filter(Column("profile_id") == profileID).order(Column("id")).fetchAll(db) }
    }

    func point(profileID: String, id: Int) async throws -> PointRecord? {
        try await read { db in try Self.pointRequest(profileID, id).fetchOne(db) }
    }

    func insertPoint(_ record: PointRecord) async throws -> PointRecord {
        try await insert(record)
    }

    func updatePoint(profileID: String, id: Int, _ change: @escaping @Sendable (inout PointRecord) throws -> Void)
        async throws -> PointRecord?
    {
        try await update(Self.pointRequest(profileID, id), change)
    }

    func deletePoint(profileID: String, id: Int) async throws -> Bool {
        try await delete(Self.pointRequest(profileID, id))
    }

    static func pointRequest(_ profileID: String, _ id: Int) -> QueryInterfaceRequest<PointRecord> {
        PointRecord.filter(Column("profile_id") == profileID && Column("id") == id)
    }
}
