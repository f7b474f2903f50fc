import Foundation
import GRDB

/// ``SandboxStore`` on SQLite through GRDB: a `DatabasePool` (WAL) for files, a
/// `DatabaseQueue` for `:memory:`.
final class GRDBSandboxStore: SandboxStore {
    let writer: any DatabaseWriter

    init(writer: any DatabaseWriter) throws {
        self.writer = writer
        try SandboxMigrations.migrator.migrate(writer)
    }

    /// Opens (creating parent folders 0700 and the file 0600) and migrates the database.
    convenience init(database: SandboxConfiguration.Database) throws {
        var configuration = Configuration()
        configuration.label = "OmneoSandbox"
        configuration.busyMode = .timeout(10)
        switch database {
        case .memory:
            try self.init(writer: DatabaseQueue(configuration: configuration))
        case .file(let path):
            try PrivateDatabaseFile.prepare(path)
            try self.init(writer: DatabasePool(path: path, configuration: configuration))
        case .postgres:
            preconditionFailure("a PostgreSQL database opens as a PostgresSandboxStore")
        }
    }

    // MARK: Access

    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await writer.read(body)
    }

    /// A write transaction; unique index violations become ``StoreError/duplicate(field:)``.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await writer.write(body)
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            let columns = error.message?.components(separatedBy: "failed: ").last ?? ""
            throw StoreError.duplicate(field: SandboxMigrations.uniqueIndexFields[columns] ?? "id")
        }
    }

    // MARK: Shared query helpers

    static func page<R: FetchableRecord & TableRecord & Sendable>(
        _ request: QueryInterfaceRequest<R>, _ page: PageRequest, _ db: Database
    ) throws -> StorePage<R> {
        let total = try request.fetchCount(db)
        let items = try request.limit(page.size, offset: page.offset).fetchAll(db)
        return StorePage(items: items, total: total)
    }

    /// `request` filtered and ordered by `query`, with `tiebreak` ascending as the last order.
    static func applying<R>(_ query: StoreQuery, to request: QueryInterfaceRequest<R>, tiebreak: String)
        -> QueryInterfaceRequest<R>
    {
        var request = request
        for condition in query.conditions {
            request = request.filter(literal: sql(condition))
        }
        var orderings: [any SQLOrderingTerm] = query.sort.map {
            $0.descending ? Column($0.column).desc : Column($0.column).asc
        }
        if !query.sort.contains(where: { $0.column == tiebreak }) {
            orderings.append(Column(tiebreak).asc)
        }
        return request.order(orderings)
    }

    static func sql(_ condition: StoreCondition) -> SQL {
        switch condition {
        case .equals(let column, .text(let value)):
            return "\(Column(column)) = \(value)"
        case .equals(let column, .integer(let value)):
            return "\(Column(column)) = \(value)"
        case .equals(let column, .bool(let value)):
            return "\(Column(column)) = \(value)"
        case .equalsIgnoringCase(let column, let value):
            return "LOWER(\(Column(column))) = LOWER(\(value))"
        case .containsIgnoringCase(let column, let value):
            let escaped = value.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
            return "LOWER(\(Column(column))) LIKE LOWER(\("%" + escaped + "%")) ESCAPE '\\'"
        case .anyEquals(let columns, let value):
            let terms = columns.map { sql(.equals(column: $0, value: value)) }
            return "(\(terms.joined(separator: " OR ")))"
        }
    }

    /// Loads the row `request` finds, applies `change` and saves it, in one transaction.
    func update<R: FetchableRecord & MutablePersistableRecord & Sendable>(
        _ request: QueryInterfaceRequest<R>, _ change: @escaping @Sendable (inout R) throws -> Void
    ) async throws -> R? {
        try await write { db in
            guard var record = try request.fetchOne(db) else { return nil }
            try change(&record)
            try record.update(db)
            return record
        }
    }

    func delete<R>(_ request: QueryInterfaceRequest<R>) async throws -> Bool {
        try await write { db in try request.deleteAll(db) > 0 }
    }

    func insert<R: MutablePersistableRecord & Sendable>(_ record: R) async throws -> R {
        try await write { db in try record.inserted(db) }
    }

    // MARK: Seed

    func seedIfEmpty(_ batch: StoreBatch) async throws -> Bool {
        try await write { db in
            guard try ProfileRecord.fetchCount(db) == 0, try LocationRecord.fetchCount(db) == 0 else { return false }
            for record in batch.locations { _ = try record.inserted(db) }
            for record in batch.regions { _ = try record.inserted(db) }
            for record in batch.profiles { try record.insert(db) }
            for record in batch.identities { _ = try record.inserted(db) }
            for record in batch.listDefinitions { _ = try record.inserted(db) }  // v7-lists: before the lists
            for record in batch.lists { _ = try record.inserted(db) }
            for record in batch.items { _ = try record.inserted(db) }
            // v7-lists
            for record in batch.listCustomFields { _ = try record.inserted(db) }
            for record in batch.listReservations { _ = try record.inserted(db) }
            for record in batch.listShares { _ = try record.inserted(db) }
            for record in batch.addresses { _ = try record.inserted(db) }
            for record in batch.dates { _ = try record.inserted(db) }
            for record in batch.customAttributes { _ = try record.inserted(db) }
            for record in batch.profileRegions { _ = try record.inserted(db) }
            for record in batch.transactions { _ = try record.inserted(db) }
            for record in batch.transactionItems { _ = try record.inserted(db) }
            for record in batch.points { _ = try record.inserted(db) }
            for record in batch.tierPoints { _ = try record.inserted(db) }
            for record in batch.rewardDefinitions { _ = try record.inserted(db) }
            for record in batch.rewards { _ = try record.inserted(db) }
            for record in batch.tierDefinitions { _ = try record.inserted(db) }
            for record in batch.benefitDefinitions { _ = try record.inserted(db) }
            for record in batch.benefits { _ = try record.inserted(db) }
            for record in batch.transactionClaims { _ = try record.inserted(db) }
            for record in batch.connections { _ = try record.inserted(db) }
            for record in batch.interactions { _ = try record.inserted(db) }
            for record in batch.orders { _ = try record.inserted(db) }
            for record in batch.orderItems { _ = try record.inserted(db) }
            for record in batch.achievementDefinitions { _ = try record.inserted(db) }
            for record in batch.achievementPoints { _ = try record.inserted(db) }
            return true
        }
    }
}
