import PostgresNIO

extension PostgresSandboxStore {
    func lists(profileID: String, page request: PageRequest) async throws -> StorePage<ListRecord> {
        try await page(ListRecord.self, [.equals(column: "profile_id", value: .text(profileID))], request)
    }

    func list(profileID: String, _ key: ResourceKey) async throws -> ListRecord? {
        try await record(ListRecord.self, Self.scoped(profileID, key))
    }

    func itemCounts(listIDs: [Int]) async throws -> [Int: Int] {
        try await read { connection in
            var sql = PostgresSQL("SELECT list_id, count(id) FROM list_items WHERE list_id = ANY(")
            sql.bind(listIDs)
            sql.append(") GROUP BY list_id")
            var counts: [Int: Int] = [:]
            for try await (listID, count) in try await connection.query(sql.query, logger: logger).decode(
                (Int, Int).self)
            {
                counts[listID] = count
            }
            return counts
        }
    }

    func insertList(_ record: ListRecord) async throws -> ListRecord {
        try await insert(record)
    }

    func updateList(id: Int, _ change: @escaping @Sendable (inout ListRecord) throws -> Void) async throws
        -> ListRecord?
    {
        try await update(ListRecord.self, [.equals(column: "id", value: .integer(id))], change)
    }

    func deleteList(id: Int) async throws -> Bool {
        try await delete(ListRecord.self, [.equals(column: "id", value: .integer(id))])
    }

    // MARK: Items

    func items(listID: Int, page request: PageRequest) async throws -> StorePage<ListItemRecord> {
        try await page(ListItemRecord.self, [.equals(column: "list_id", value: .integer(listID))], request)
    }

    func item(listID: Int, id: Int) async throws -> ListItemRecord? {
        try await record(ListItemRecord.self, Self.item(listID, id))
    }

    func insertItem(_ record: ListItemRecord) async throws -> ListItemRecord {
        try await insert(record)
    }

    func updateItem(listID: Int, id: Int, _ change: @escaping @Sendable (inout ListItemRecord) throws -> Void)
        async throws -> ListItemRecord?
    {
        try await update(ListItemRecord.self, Self.item(listID, id), change)
    }

    func deleteItem(listID: Int, id: Int) async throws -> Bool {
        try await delete(ListItemRecord.self, Self.item(listID, id))
    }

    static func item(_ listID: Int, _ id: Int) -> [StoreCondition] {
        [.equals(column: "list_id", value: .integer(listID)), .equals(column: "id", value: .integer(id))]
    }
}
