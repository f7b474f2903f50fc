import Logging
import OmneoPostgres
import PostgresNIO

/// ``SandboxStore`` on PostgreSQL through PostgresNIO, on the schema of ``PostgresMigrations``.
///
/// Queries go through ``client``, a connection pool that only works while it runs: the
/// ``Sandbox`` lists it in its `services`, and its application runs it next to the server.
/// ``prepare(seed:)`` (migrations and seed data) runs before that, on a connection of its own.
final class PostgresSandboxStore: SandboxStore {
    let url: PostgresURL
    /// The pool serving requests; run it (`PostgresClient` is a `Service`) while the store is used.
    let client: PostgresClient
    let logger: Logger

    init(url: PostgresURL, logger: Logger) {
        self.url = url
        self.logger = logger
        self.client = PostgresClient(configuration: url.clientConfiguration(), backgroundLogger: logger)
    }

    /// Creates the schema and applies migrations, then inserts `seed` if the database is
    /// empty, all in one transaction under the sandbox's advisory lock; returns whether it
    /// seeded. Failures (unreachable server, refused login, …) throw ``PostgresOpenError``.
    func prepare(seed: StoreBatch?) async throws -> Bool {
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(
                configuration: url.connectionConfiguration(), id: 0, logger: logger)
        } catch {
            throw PostgresOpenError(url, error)
        }
        do {
            let seeded = try await connection.withTransaction(logger: logger) { connection in
                try await PostgresMigrations.migrate(connection, schema: url.schema, logger: logger)
                guard let seed else { return false }
                return try await Self.seedIfEmpty(seed, on: connection, schema: url.schema, logger: logger)
            }
            try await connection.close()
            return seeded
        } catch {
            try? await connection.close()
            throw PostgresOpenError(url, error)
        }
    }

    // MARK: Access

    /// Runs `body` on a pooled connection.
    func read<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        do {
            return try await client.withConnection { connection in try await body(connection) }
        } catch {
            throw Self.mapped(error)
        }
    }

    /// Runs `body` in a transaction; unique index violations become ``StoreError/duplicate(field:)``,
    /// errors thrown by `body` itself come out as they are.
    func write<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        do {
            return try await client.withTransaction(logger: logger) { connection in try await body(connection) }
        } catch {
            throw Self.mapped(error)
        }
    }

    /// `error` without PostgresNIO's transaction wrapper, a unique violation as ``StoreError``.
    static func mapped(_ error: any Error) -> any Error {
        var error = error
        if let transaction = error as? PostgresTransactionError {
            error = transaction.closureError ?? transaction.beginError ?? transaction.commitError ?? error
        }
        if let error = error as? PSQLError, error.serverInfo?[.sqlState] == "23505" {
            let constraint = error.serverInfo?[.constraintName] ?? ""
            return StoreError.duplicate(field: PostgresMigrations.uniqueIndexFields[constraint] ?? "id")
        }
        return error
    }

    // MARK: Shared query helpers

    func fetchAll<R: PostgresRecord>(_ sql: PostgresSQL, on connection: PostgresConnection) async throws -> [R] {
        var records: [R] = []
        for try await row in try await connection.query(sql.query, logger: logger) {
            records.append(try PostgresRowDecoder.decode(R.self, from: row))
        }
        return records
    }

    func fetchOne<R: PostgresRecord>(_ sql: PostgresSQL, on connection: PostgresConnection) async throws -> R? {
        let records: [R] = try await fetchAll(sql, on: connection)
        return records.first
    }

    /// `SELECT * FROM table WHERE conditions` (ordering and locking appended by the caller).
    static func select<R: PostgresRecord>(_ type: R.Type, _ conditions: [StoreCondition]) -> PostgresSQL {
        var sql = PostgresSQL("SELECT * FROM ")
        sql.appendIdentifier(R.tableName)
        sql.appendWhere(conditions)
        return sql
    }

    /// The row matching `conditions` (at most one is expected).
    /// Every row whose `column` is one of `values` (an array), ordered by id.
    func records<R: PostgresRecord, Values: PostgresDynamicTypeEncodable>(
        _ type: R.Type, where column: String, in values: Values
    ) async throws -> [R] {
        try await read { connection in
            var sql = PostgresSQL("SELECT * FROM ")
            sql.appendIdentifier(R.tableName)
            sql.append(" WHERE ")
            sql.appendIdentifier(column)
            sql.append(" = ANY(")
            sql.bind(values)
            sql.append(") ORDER BY id")
            return try await fetchAll(sql, on: connection)
        }
    }

    func record<R: PostgresRecord>(_ type: R.Type, _ conditions: [StoreCondition]) async throws -> R? {
        try await read { connection in try await fetchOne(Self.select(R.self, conditions), on: connection) }
    }

    /// One page of the rows matching `conditions`, ordered by `sort` then `tiebreak`.
    func page<R: PostgresRecord>(
        _ type: R.Type, _ conditions: [StoreCondition], sort: [StoreSort] = [], tiebreak: String = "id",
        _ page: PageRequest
    ) async throws -> StorePage<R> {
        try await read { connection in
            var count = PostgresSQL("SELECT count(*) FROM ")
            count.appendIdentifier(R.tableName)
            count.appendWhere(conditions)
            var total = 0
            for try await value in try await connection.query(count.query, logger: logger).decode(Int.self) {
                total = value
            }
            var rows = Self.select(R.self, conditions)
            rows.appendOrder(sort, tiebreak: tiebreak)
            rows.append(" LIMIT ")
            rows.bind(.integer(page.size))
            rows.append(" OFFSET ")
            rows.bind(.integer(page.offset))
            return StorePage(items: try await fetchAll(rows, on: connection), total: total)
        }
    }

    /// Loads the row matching `conditions` (locked), applies `change` and saves it, in one transaction.
    func update<R: PostgresRecord>(
        _ type: R.Type, _ conditions: [StoreCondition], _ change: @escaping @Sendable (inout R) throws -> Void
    ) async throws -> R? {
        try await write { connection in
            var select = Self.select(R.self, conditions)
            select.append(" FOR UPDATE")
            guard var record: R = try await fetchOne(select, on: connection) else { return nil }
            try change(&record)
            try await save(record, on: connection)
            return record
        }
    }

    /// Deletes the rows matching `conditions` (and, by cascade, what belongs to them).
    func delete<R: PostgresRecord>(_ type: R.Type, _ conditions: [StoreCondition]) async throws -> Bool {
        try await write { connection in
            var sql = PostgresSQL("DELETE FROM ")
            sql.appendIdentifier(R.tableName)
            sql.appendWhere(conditions)
            sql.append(" RETURNING 1")
            var deleted = false
            for try await _ in try await connection.query(sql.query, logger: logger) { deleted = true }
            return deleted
        }
    }

    /// Inserts `record` and returns it with the id the database gave it.
    func insert<R: PostgresSerialRecord>(_ record: R) async throws -> R {
        try await write { connection in try await Self.insert(record, on: connection, logger: logger) }
    }

    static func insert<R: PostgresSerialRecord>(_ record: R, on connection: PostgresConnection, logger: Logger)
        async throws -> R
    {
        var record = record
        if record.id != nil {
            try await insertAll([record], on: connection, logger: logger)
            try await advanceSequences(of: [R.tableName], on: connection, logger: logger)
            return record
        }
        let columns = try PostgresRowEncoder.columns(of: record).removing("id")
        var sql = insertStatement(R.tableName, columns.names)
        appendValues(columns, to: &sql)
        sql.append(" RETURNING id")
        for try await id in try await connection.query(sql.query, logger: logger).decode(Int.self) {
            record.id = id
        }
        return record
    }

    /// Inserts `records` as they are (ids included), in as few statements as the bind limit allows.
    static func insertAll<R: PostgresRecord>(_ records: [R], on connection: PostgresConnection, logger: Logger)
        async throws
    {
        guard !records.isEmpty else { return }
        let rows = try records.map(PostgresRowEncoder.columns)
        let rowsPerStatement = max(1, 30_000 / max(1, rows[0].names.count))
        for start in stride(from: 0, to: rows.count, by: rowsPerStatement) {
            let chunk = rows[start..<min(rows.count, start + rowsPerStatement)]
            var sql = insertStatement(R.tableName, chunk.first!.names)
            for (index, row) in chunk.enumerated() {
                if index > 0 { sql.append(", ") }
                appendValues(row, to: &sql)
            }
            try await connection.execute(sql.query, logger: logger)
        }
    }

    /// Saves every column of `record` into the row with its id.
    func save<R: PostgresRecord>(_ record: R, on connection: PostgresConnection) async throws {
        let columns = try PostgresRowEncoder.columns(of: record)
        guard let id = columns.value(of: "id") else { return }
        var sql = PostgresSQL("UPDATE ")
        sql.appendIdentifier(R.tableName)
        sql.append(" SET ")
        let assigned = columns.removing("id")
        for (index, name) in assigned.names.enumerated() {
            if index > 0 { sql.append(", ") }
            sql.appendIdentifier(name)
            sql.append(" = ")
            sql.bind(assigned.values[index])
        }
        sql.append(" WHERE id = ")
        sql.bind(id)
        try await connection.execute(sql.query, logger: logger)
    }

    private static func insertStatement(_ table: String, _ columns: [String]) -> PostgresSQL {
        var sql = PostgresSQL("INSERT INTO ")
        sql.appendIdentifier(table)
        sql.append(" (" + columns.map(PostgresSQL.quoted).joined(separator: ", ") + ") VALUES ")
        return sql
    }

    private static func appendValues(_ columns: PostgresRowEncoder.Columns, to sql: inout PostgresSQL) {
        sql.append("(")
        for (index, value) in columns.values.enumerated() {
            if index > 0 { sql.append(", ") }
            sql.bind(value)
        }
        sql.append(")")
    }

    /// Moves the id sequence of each of `tables` past the largest id in use (after rows were
    /// inserted with their ids), never back: like SQLite's AUTOINCREMENT, an id is never handed
    /// out twice.
    static func advanceSequences(of tables: [String], on connection: PostgresConnection, logger: Logger)
        async throws
    {
        guard !tables.isEmpty else { return }
        var sql = PostgresSQL("SELECT ")
        for (index, table) in tables.enumerated() {
            if index > 0 { sql.append(", ") }
            let quoted = PostgresSQL.quoted(table)
            sql.append("setval(pg_get_serial_sequence(")
            sql.bind(.text(quoted))
            sql.append(", 'id'), GREATEST((SELECT COALESCE(MAX(id), 0) FROM \(quoted)), COALESCE(")
            sql.append("pg_sequence_last_value(pg_get_serial_sequence(")
            sql.bind(.text(quoted))
            sql.append(", 'id')::regclass), 0), 1))")
        }
        try await connection.execute(sql.query, logger: logger)
    }

    // MARK: Seed

    func seedIfEmpty(_ batch: StoreBatch) async throws -> Bool {
        try await write { connection in
            try await Self.seedIfEmpty(batch, on: connection, schema: url.schema, logger: logger)
        }
    }

    /// Inserts `batch` if there is no profile and no location; call it in a transaction.
    static func seedIfEmpty(
        _ batch: StoreBatch, on connection: PostgresConnection, schema: String?, logger: Logger
    ) async throws -> Bool {
        try await PostgresMigrations.lock(connection, schema: schema, logger: logger)
        var rows = 0
        for try await count in try await connection.query(
            "SELECT (SELECT count(*) FROM profiles) + (SELECT count(*) FROM locations)", logger: logger
        ).decode(Int.self) {
            rows = count
        }
        guard rows == 0 else { return false }
        try await insertAll(batch.locations, on: connection, logger: logger)
        try await insertAll(batch.regions, on: connection, logger: logger)
        try await insertAll(batch.profiles, on: connection, logger: logger)
        try await insertAll(batch.identities, on: connection, logger: logger)
        try await insertAll(batch.listDefinitions, on: connection, logger: logger)  // v7-lists: before the lists
        try await insertAll(batch.lists, on: connection, logger: logger)
        try await insertAll(batch.items, on: connection, logger: logger)
        // v7-lists
        try await insertAll(batch.listCustomFields, on: connection, logger: logger)
        try await insertAll(batch.listReservations, on: connection, logger: logger)
        try await insertAll(batch.listShares, on: connection, logger: logger)
        try await insertAll(batch.addresses, on: connection, logger: logger)
        try await insertAll(batch.dates, on: connection, logger: logger)
        try await insertAll(batch.customAttributes, on: connection, logger: logger)
        try await insertAll(batch.profileRegions, on: connection, logger: logger)
        try await insertAll(batch.transactions, on: connection, logger: logger)
        try await insertAll(batch.transactionItems, on: connection, logger: logger)
        try await insertAll(batch.points, on: connection, logger: logger)
        try await insertAll(batch.tierPoints, on: connection, logger: logger)
        try await insertAll(batch.rewardDefinitions, on: connection, logger: logger)
        try await insertAll(batch.rewards, on: connection, logger: logger)
        try await insertAll(batch.tierDefinitions, on: connection, logger: logger)
        try await insertAll(batch.benefitDefinitions, on: connection, logger: logger)
        try await insertAll(batch.benefits, on: connection, logger: logger)
        try await insertAll(batch.transactionClaims, on: connection, logger: logger)
        try await insertAll(batch.connections, on: connection, logger: logger)
        try await insertAll(batch.interactions, on: connection, logger: logger)
        try await insertAll(batch.orders, on: connection, logger: logger)
        try await insertAll(batch.orderItems, on: connection, logger: logger)
        try await insertAll(batch.achievementDefinitions, on: connection, logger: logger)
        try await insertAll(batch.achievementPoints, on: connection, logger: logger)
        let seeded: [(table: String, rows: Int)] = [
            (LocationRecord.tableName, batch.locations.count), (IdentityRecord.tableName, batch.identities.count),
            (ListRecord.tableName, batch.lists.count), (ListItemRecord.tableName, batch.items.count),
            (AddressRecord.tableName, batch.addresses.count), (ProfileDateRecord.tableName, batch.dates.count),
            (CustomAttributeRecord.tableName, batch.customAttributes.count),
            (RegionRecord.tableName, batch.regions.count), (ProfileRegionRecord.tableName, batch.profileRegions.count),
            (TransactionRecord.tableName, batch.transactions.count),
            (TransactionItemRecord.tableName, batch.transactionItems.count), (PointRecord.tableName, batch.points.count),
            (TierPointRecord.tableName, batch.tierPoints.count),
            (RewardDefinitionRecord.tableName, batch.rewardDefinitions.count),
            (RewardRecord.tableName, batch.rewards.count),
            (TierDefinitionRecord.tableName, batch.tierDefinitions.count),
            (BenefitDefinitionRecord.tableName, batch.benefitDefinitions.count),
            (BenefitRecord.tableName, batch.benefits.count),
            (TransactionClaimRecord.tableName, batch.transactionClaims.count),
            // v7-lists
            (ListDefinitionRecord.tableName, batch.listDefinitions.count),
            (ListCustomFieldRecord.tableName, batch.listCustomFields.count),
            (ListReservationRecord.tableName, batch.listReservations.count),
            (ListShareRecord.tableName, batch.listShares.count),
            (ConnectionRecord.tableName, batch.connections.count),
            (InteractionRecord.tableName, batch.interactions.count),
            (OrderRecord.tableName, batch.orders.count), (OrderItemRecord.tableName, batch.orderItems.count),
            (AchievementDefinitionRecord.tableName, batch.achievementDefinitions.count),
            (AchievementPointRecord.tableName, batch.achievementPoints.count),
        ]
        try await advanceSequences(of: seeded.filter { $0.rows > 0 }.map(\.table), on: connection, logger: logger)
        return true
    }
}
