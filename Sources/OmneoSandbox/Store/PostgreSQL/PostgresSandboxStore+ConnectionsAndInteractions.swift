extension ConnectionRecord: PostgresSerialRecord {
    static var tableName: String { "connections" }
}

extension InteractionRecord: PostgresSerialRecord {
    static var tableName: String { "interactions" }
}

extension PostgresSandboxStore {
    func connections(_ query: StoreQuery) async throws -> StorePage<ConnectionRecord> {
        try await page(ConnectionRecord.self, query.conditions, sort: query.sort, query.page)
    }

    func connection(id: Int) async throws -> ConnectionRecord? {
        try await record(ConnectionRecord.self, [.equals(column: "id", value: .integer(id))])
    }

    func insertConnection(_ record: ConnectionRecord) async throws -> ConnectionRecord {
        try await insert(record)
    }

    func updateConnection(id: Int, _ change: @escaping @Sendable (inout ConnectionRecord) throws -> Void)
        async throws -> ConnectionRecord?
    {
        try await update(ConnectionRecord.self, [.equals(column: "id", value: .integer(id))], change)
    }

    func deleteConnection(id: Int) async throws -> Bool {
        try await delete(ConnectionRecord.self, [.equals(column: "id", value: .integer(id))])
    }

    func interactions(_ query: StoreQuery) async throws -> StorePage<InteractionRecord> {
        try await page(InteractionRecord.self, query.conditions, sort: query.sort, query.page)
    }

    func interaction(id: Int) async throws -> InteractionRecord? {
        try await record(InteractionRecord.self, [.equals(column: "id", value: .integer(id))])
    }

    func insertInteraction(_ record: InteractionRecord) async throws -> InteractionRecord {
        try await insert(record)
    }

    func updateInteraction(id: Int, _ change: @escaping @Sendable (inout InteractionRecord) throws -> Void)
        async throws -> InteractionRecord?
    {
        try await update(InteractionRecord.self, [.equals(column: "id", value: .integer(id))], change)
    }

    func deleteInteraction(id: Int) async throws -> Bool {
        try await delete(InteractionRecord.self, [.equals(column: "id", value: .integer(id))])
    }
}
