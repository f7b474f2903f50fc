import Logging
import OmneoHTTP
import OmneoPostgres
import PostgresNIO
import Synchronization

/// Where a revocation is recorded before it is answered: this process's ``RevocationList``
/// alone, or PostgreSQL first (so every replica, and this one after a restart, has it).
///
/// ``revoke(_:now:)`` either records the revocation, or throws an error the caller can retry
/// (503 `{"message":"Service Unavailable."}` with `Retry-After: 1`): a log-out is never
/// answered 200 without having been recorded.
public struct RevocationStore: Sendable {
    /// The list every verification consults.
    public let list: RevocationList
    private let database: Database?
    private let metrics: RevocationMetrics

    private final class Database: Sendable {
        let client: PostgresClient
        let timeout: Duration
        let logger: Logger
        /// The URL's schema, created with the table if missing.
        let schema: String?
        /// Whether this process has made sure the table exists.
        let migrated = Atomic<Bool>(false)

        init(client: PostgresClient, schema: String?, timeout: Duration, logger: Logger) {
            self.client = client
            self.schema = schema
            self.timeout = timeout
            self.logger = logger
        }
    }

    /// 503 `{"message":"Service Unavailable."}`, `Retry-After: 1`: not recorded; try again.
    public static let unavailable = OmneoHTTPError(
        .serviceUnavailable, .init(message: "Service Unavailable."), headers: [.retryAfter: "1"])

    /// Revocations in this process only.
    init(list: RevocationList, metrics: RevocationMetrics) {
        self.list = list
        self.database = nil
        self.metrics = metrics
    }

    /// Revocations recorded in PostgreSQL through `client` (which must be running), then here.
    init(
        list: RevocationList, client: PostgresClient, schema: String?, timeout: Duration, metrics: RevocationMetrics,
        logger: Logger
    ) {
        self.list = list
        self.database = Database(client: client, schema: schema, timeout: timeout, logger: logger)
        self.metrics = metrics
    }

    /// Records `revocation`; it holds on this replica when this returns, and on every other
    /// replica once PostgreSQL's notification reaches it.
    public func revoke(_ revocation: Revocation, now: Int) async throws {
        if let database {
            do {
                try await withDeadline(database.timeout) {
                    try await database.client.withConnection { connection in
                        if !database.migrated.load(ordering: .relaxed) {
                            try await RevocationTable.migrate(connection, schema: database.schema, logger: database.logger)
                            database.migrated.store(true, ordering: .relaxed)
                        }
                        try await connection.execute("BEGIN", logger: database.logger)
                        do {
                            try await RevocationTable.insert(revocation, connection, logger: database.logger)
                            try await connection.execute("COMMIT", logger: database.logger)
                        } catch {
                            try? await connection.execute("ROLLBACK", logger: database.logger)
                            throw error
                        }
                    }
                }
            } catch {
                // The error's type only: messages may quote connection details.
                database.logger.warning(
                    "revocation not recorded: database unavailable", metadata: ["error.type": "\(type(of: error))"])
                throw Self.unavailable
            }
        }
        do {
            try list.add(revocation, now: now)
        } catch {
            database?.logger.warning("revocation list full", metadata: ["revocations.capacity": "\(list.capacity)"])
            throw Self.unavailable
        }
        metrics.recorded(revocation, entries: list.count)
    }
}

/// Runs `body`, or throws `CancellationError` once `timeout` has passed (the body is cancelled).
func withDeadline<T: Sendable>(_ timeout: Duration, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(for: timeout)
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let value = first else { throw CancellationError() }
        return value
    }
}
