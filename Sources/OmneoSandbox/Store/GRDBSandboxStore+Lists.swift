import GRDB

extension GRDBSandboxStore {
    func lists(profileID: String, page: PageRequest) async throws -> StorePage<ListRecord> {
        try await read { db in
            try Self.page(ListRecord.filter(Column("profile_id") == profileID).order(Column("id")), page, db)
        }
    }

    func list(profileID: String, _ key: ResourceKey) async throws -> ListRecord? {
        try await read { db in try Self.scopedRequest(ListRecord.self, profileID, key).fetchOne(db) }
    }

    func itemCounts(listIDs: [Int]) async throws -> [Int: Int] {
        try await read { db in
            let rows = try Row.fetchAll(
                db,
                ListItemRecord.select(Column("list_id"), count(Column("id")))
                    .filter(listIDs.contains(Column("list_id"))).group(Column("list_id")))
            return Dictionary(uniqueKeysWithValues: rows.map { (Int($0[0] as Int64), Int($0[1] as Int64)) })
        }
    }

    func insertList(_ record: ListRecord) async throws -> ListRecord {
        try await insert(record)
    }

    func updateList(id: Int, _ change: @escaping @Sendable (inout ListRecord) throws -> Void) async throws
        -> ListRecord?
    {
        try await update(ListRecord.filter(key: id), change)
    }

    func deleteList(id: Int) async throws -> Bool {
        try await delete(ListRecord.filter(key: id))
    }

    // MARK: Items

    func items(listID: Int, page: PageRequest) async throws -> StorePage<ListItemRecord> {
        try await read { db in
            try Self.page(ListItemRecord.filter(Column("list_id") == listID).order(Column("id")), page, db)
        }
    }

    func item(listID: Int, id: Int) async throws -> ListItemRecord? {
        try await read { db in try Self.itemRequest(listID, id).fetchOne(db) }
    }

    func insertItem(_ record: ListItemRecord) async throws -> ListItemRecord {
        try await insert(record)
    }

    func updateItem(listID: Int, id: Int, _ change: @escaping @Sendable (inout ListItemRecord) throws -> Void)
        async throws -> ListItemRecord?
    {
        try await update(Self.itemRequest(listID, id), change)
    }

    func deleteItem(listID: Int, id: Int) async throws -> Bool {
        try await delete(Self.itemRequest(listID, id))
    }

    static func itemRequest(_ listID: Int, _ id: Int) -> QueryInterfaceRequest<ListItemRecord> {
        ListItemRecord.filter(Column("list_id") == listID && Column("id") == id)
    }
}
