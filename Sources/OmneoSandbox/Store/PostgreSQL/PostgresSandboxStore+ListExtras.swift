import PostgresNIO

extension ListDefinitionRecord: PostgresSerialRecord {
    static var tableName: String { "list_definitions" }
}

extension ListCustomFieldRecord: PostgresSerialRecord {
    static var tableName: String { "list_custom_fields" }
}

extension ListReservationRecord: PostgresSerialRecord {
    static var tableName: String { "list_item_reservations" }
}

extension ListShareRecord: PostgresSerialRecord {
    static var tableName: String { "list_shares" }
}

/// List definitions, list custom fields, item reservations and list shares (v7-lists).
extension PostgresSandboxStore {
    func listDefinitions(page request: PageRequest) async throws -> StorePage<ListDefinitionRecord> {
        try await page(ListDefinitionRecord.self, [], request)
    }

    func listDefinitions(ids: [Int]) async throws -> [ListDefinitionRecord] {
        try await records(ListDefinitionRecord.self, where: "id", in: ids)
    }

    func listDefinition(id: Int) async throws -> ListDefinitionRecord? {
        try await record(ListDefinitionRecord.self, [.equals(column: "id", value: .integer(id))])
    }

    func insertListDefinition(_ record: ListDefinitionRecord) async throws -> ListDefinitionRecord {
        try await insert(record)
    }

    func updateListDefinition(
        id: Int, _ change: @escaping @Sendable (inout ListDefinitionRecord) throws -> Void
    ) async throws -> ListDefinitionRecord? {
        try await update(ListDefinitionRecord.self, [.equals(column: "id", value: .integer(id))], change)
    }

    func deleteListDefinition(id: Int) async throws -> Bool {
        try await delete(ListDefinitionRecord.self, [.equals(column: "id", value: .integer(id))])
    }

    // MARK: Custom fields

    func listCustomFields(_ query: StoreQuery) async throws -> StorePage<ListCustomFieldRecord> {
        try await page(ListCustomFieldRecord.self, query.conditions, sort: query.sort, query.page)
    }

    func listCustomField(listID: Int, namespace: String, handle: String) async throws -> ListCustomFieldRecord? {
        try await record(ListCustomFieldRecord.self, Self.customField(listID, namespace, handle))
    }

    func insertListCustomField(_ record: ListCustomFieldRecord) async throws -> ListCustomFieldRecord {
        try await insert(record)
    }

    func updateListCustomField(
        listID: Int, namespace: String, handle: String,
        _ change: @escaping @Sendable (inout ListCustomFieldRecord) throws -> Void
    ) async throws -> ListCustomFieldRecord? {
        try await update(ListCustomFieldRecord.self, Self.customField(listID, namespace, handle), change)
    }

    func deleteListCustomField(listID: Int, namespace: String, handle: String) async throws -> Bool {
        try await delete(ListCustomFieldRecord.self, Self.customField(listID, namespace, handle))
    }

    static func customField(_ listID: Int, _ namespace: String, _ handle: String) -> [StoreCondition] {
        [
            .equals(column: "list_id", value: .integer(listID)), .equals(column: "namespace", value: .text(namespace)),
            .equals(column: "handle", value: .text(handle)),
        ]
    }

    // MARK: Reservations

    func listReservations(_ query: StoreQuery) async throws -> StorePage<ListReservationRecord> {
        try await page(ListReservationRecord.self, query.conditions, sort: query.sort, query.page)
    }

    func insertListReservation(_ record: ListReservationRecord, limit: Int) async throws -> ListReservationRecord? {
        try await write { connection in
            // The item's row lock serialises reservations of one item.
            var lock = PostgresSQL("SELECT id FROM list_items WHERE id = ")
            lock.bind(.integer(record.listItemID))
            lock.append(" FOR UPDATE")
            try await connection.execute(lock.query, logger: logger)
            var sum = PostgresSQL(
                "SELECT COALESCE(SUM(quantity), 0)::bigint FROM list_item_reservations WHERE list_item_id = ")
            sum.bind(.integer(record.listItemID))
            var reserved = 0
            for try await value in try await connection.query(sum.query, logger: logger).decode(Int.self) {
                reserved = value
            }
            guard reserved + record.quantity <= limit else { return nil }
            return try await Self.insert(record, on: connection, logger: logger)
        }
    }

    func deleteListReservation(listItemID: Int, id: Int) async throws -> Bool {
        try await delete(
            ListReservationRecord.self,
            [.equals(column: "list_item_id", value: .integer(listItemID)), .equals(column: "id", value: .integer(id))])
    }

    func list(id: Int) async throws -> ListRecord? {
        try await record(ListRecord.self, [.equals(column: "id", value: .integer(id))])
    }

    func listItems(ids: [Int]) async throws -> [ListItemRecord] {
        try await records(ListItemRecord.self, where: "id", in: ids)
    }

    // MARK: Shares

    func listShares(listID: Int) async throws -> [ListShareRecord] {
        try await records(ListShareRecord.self, where: "list_id", in: [listID])
    }

    func insertListShare(_ record: ListShareRecord) async throws -> ListShareRecord {
        try await insert(record)
    }

    func deleteListShare(listID: Int, id: Int) async throws -> Bool {
        try await delete(
            ListShareRecord.self,
            [.equals(column: "list_id", value: .integer(listID)), .equals(column: "id", value: .integer(id))])
    }
}
