import GRDB

extension ListDefinitionRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "list_definitions"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}

extension ListCustomFieldRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "list_custom_fields"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}

extension ListReservationRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "list_item_reservations"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}

extension ListShareRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "list_shares"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}

/// List definitions, list custom fields, item reservations and list shares (v7-lists).
extension GRDBSandboxStore {
    func listDefinitions(page: PageRequest) async throws -> StorePage<ListDefinitionRecord> {
        try await read { db in try Self.page(ListDefinitionRecord.order(Column("id")), page, db) }
    }

    func listDefinitions(ids: [Int]) async throws -> [ListDefinitionRecord] {
        try await read { db in
            try ListDefinitionRecord.filter(ids.contains(Column("id"))).order(Column("id")).fetchAll(db)
        }
    }

    func listDefinition(id: Int) async throws -> ListDefinitionRecord? {
        try await read { db in try ListDefinitionRecord.fetchOne(db, key: id) }
    }

    func insertListDefinition(_ record: ListDefinitionRecord) async throws -> ListDefinitionRecord {
        try await insert(record)
    }

    func updateListDefinition(
        id: Int, _ change: @escaping @Sendable (inout ListDefinitionRecord) throws -> Void
    ) async throws -> ListDefinitionRecord? {
        try await update(ListDefinitionRecord.filter(key: id), change)
    }

    func deleteListDefinition(id: Int) async throws -> Bool {
        try await delete(ListDefinitionRecord.filter(key: id))
    }

    // MARK: Custom fields

    func listCustomFields(_ query: StoreQuery) async throws -> StorePage<ListCustomFieldRecord> {
        try await read { db in
            try Self.page(Self.applying(query, to: ListCustomFieldRecord.all(), tiebreak: "id"), query.page, db)
        }
    }

    func listCustomField(listID: Int, namespace: String, handle: String) async throws -> ListCustomFieldRecord? {
        try await read { db in try Self.customFieldRequest(listID, namespace, handle).fetchOne(db) }
    }

    func insertListCustomField(_ record: ListCustomFieldRecord) async throws -> ListCustomFieldRecord {
        try await insert(record)
    }

    func updateListCustomField(
        listID: Int, namespace: String, handle: String,
        _ change: @escaping @Sendable (inout ListCustomFieldRecord) throws -> Void
    ) async throws -> ListCustomFieldRecord? {
        try await update(Self.customFieldRequest(listID, namespace, handle), change)
    }

    func deleteListCustomField(listID: Int, namespace: String, handle: String) async throws -> Bool {
        try await delete(Self.customFieldRequest(listID, namespace, handle))
    }

    static func customFieldRequest(_ listID: Int, _ namespace: String, _ handle: String)
        -> QueryInterfaceRequest<ListCustomFieldRecord>
    {
        ListCustomFieldRecord.filter(
            Column("list_id") == listID && Column("namespace") == namespace && Column("handle") == handle)
    }

    // MARK: Reservations

    func listReservations(_ query: StoreQuery) async throws -> StorePage<ListReservationRecord> {
        try await read { db in
            try Self.page(Self.applying(query, to: ListReservationRecord.all(), tiebreak: "id"), query.page, db)
        }
    }

    func insertListReservation(_ record: ListReservationRecord, limit: Int) async throws -> ListReservationRecord? {
        try await write { db in
            let reserved =
                try Int.fetchOne(
                    db, sql: "SELECT COALESCE(SUM(quantity), 0) FROM list_item_reservations WHERE list_item_id = ?",
                    arguments: [record.listItemID]) ?? 0
            guard reserved + record.quantity <= limit else { return nil }
            var record = record
            try record.insert(db)
            return record
        }
    }

    func deleteListReservation(listItemID: Int, id: Int) async throws -> Bool {
        try await delete(ListReservationRecord.filter(Column("list_item_id") == listItemID && Column("id") == id))
    }

    func list(id: Int) async throws -> ListRecord? {
        try await read { db in try ListRecord.fetchOne(db, key: id) }
    }

    func listItems(ids: [Int]) async throws -> [ListItemRecord] {
        try await read { db in try ListItemRecord.filter(ids.contains(Column("id"))).order(Column("id")).fetchAll(db) }
    }

    // MARK: Shares

    func listShares(listID: Int) async throws -> [ListShareRecord] {
        try await read { db in
            try ListShareRecord.filter(Column("list_id") == listID).order(Column("id")).fetchAll(db)
        }
    }

    func insertListShare(_ record: ListShareRecord) async throws -> ListShareRecord {
        try await insert(record)
    }

    func deleteListShare(listID: Int, id: Int) async throws -> Bool {
        try await delete(ListShareRecord.filter(Column("list_id") == listID && Column("id") == id))
    }
}
