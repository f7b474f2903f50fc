import GRDB

extension ConnectionRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "connections"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}

extension InteractionRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "interactions"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}

extension GRDBSandboxStore {
    func connections(_ query: StoreQuery) async throws -> StorePage<ConnectionRecord> {
        try await read { db in
            try Self.page(Self.applying(query, to: ConnectionRecord.all(), tiebreak: "id"), query.page, db)
        }
    }

    func connection(id: Int) async throws -> ConnectionRecord? {
        try await read { db in try ConnectionRecord.filter(Column("id") == id).fetchOne(db) }
    }

    func insertConnection(_ record: ConnectionRecord) async throws -> ConnectionRecord {
        try await insert(record)
    }

    func updateConnection(id: Int, _ change: @escaping @Sendable (inout ConnectionRecord) throws -> Void)
        async throws -> ConnectionRecord?
    {
        try await update(ConnectionRecord.filter(Column("id") == id), change)
    }

    func deleteConnection(id: Int) async throws -> Bool {
        try await delete(ConnectionRecord.filter(Column("id") == id))
    }

    func interactions(_ query: StoreQuery) async throws -> StorePage<InteractionRecord> {
        try await read { db in
            try Self.page(Self.applying(query, to: InteractionRecord.all(), tiebreak: "id"), query.page, db)
        }
    }

    func interaction(id: Int) async throws -> InteractionRecord? {
        try await read { db in try InteractionRecord.filter(Column("id") == id).fetchOne(db) }
    }

    func insertInteraction(_ record: InteractionRecord) async throws -> InteractionRecord {
        try await insert(record)
    }

    func updateInteraction(id: Int, _ change: @escaping @Sendable (inout InteractionRecord) throws -> Void)
        async throws -> InteractionRecord?
    {
        try await update(InteractionRecord.filter(Column("id") == id), change)
    }

    func deleteInteraction(id: Int) async throws -> Bool {
        try await delete(InteractionRecord.filter(Column("id") == id))
    }
}
