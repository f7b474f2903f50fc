import Logging
import OmneoHTTP
import OmneoPostgres
import PostgresNIO
import Synchronization

/// A per-client abuse budget (refused API tokens, find-or-create per IP) that every replica
/// shares through PostgreSQL when `OMNEO_ID_DATABASE_URL` is set, and that is this process's
/// own ``RateLimiter`` otherwise — so N replicas do not let N times the guessing through.
///
/// Shared buckets are the same GCRA as ``RateLimiter``'s, kept in the table
/// `omneo_id_budgets` and decided in one statement on PostgreSQL's clock (one round trip a
/// call: these are low-volume routes). When PostgreSQL does not answer within
/// ``databaseDeadline`` the local bucket decides instead (bounded per process, never open),
/// and a warning is logged at most once a minute.
final class SharedBudget: Sendable {
    /// The process's own buckets: the budget without PostgreSQL, and the fallback with it.
    let local: RateLimiter
    private let table: BudgetTable?
    private let logger: Logger
    private let lastWarning = Mutex<ContinuousClock.Instant?>(nil)

    /// Longest wait for PostgreSQL before the local bucket decides.
    static let databaseDeadline: Duration = .seconds(1)

    init(local: RateLimiter, database: PostgresClient?, schema: String? = nil, logger: Logger) {
        self.local = local
        self.table = database.map { BudgetTable(client: $0, schema: schema, logger: logger) }
        self.logger = logger
    }

    /// Takes one unit from `key`'s bucket.
    func acquire(_ key: RateLimitKey) async -> RateLimiter.Decision {
        guard let table else { return local.acquire(key) }
        let interval = Double(local.interval) / 1e9
        let tolerance = Double(local.tolerance) / 1e9
        do {
            let decision = try await withDeadline(Self.databaseDeadline) {
                try await table.acquire(name: self.local.name, key: key, interval: interval, tolerance: tolerance)
            }
            if case .limited = decision { local.countLimited() }
            return decision
        } catch {
            warn(error)
            return local.acquire(key)
        }
    }

    /// Puts back one unit taken by ``acquire(_:)`` (a check that turned out not to count).
    func giveBack(_ key: RateLimitKey) async {
        guard let table else { return local.giveBack(key) }
        do {
            try await withDeadline(Self.databaseDeadline) {
                try await table.giveBack(name: self.local.name, key: key, interval: Double(self.local.interval) / 1e9)
            }
        } catch {
            local.giveBack(key)
        }
    }

    /// Takes one unit, or throws the 429 `{"message":"Too Many Attempts."}` with `Retry-After`.
    func take(_ key: RateLimitKey) async throws(OmneoHTTPError) {
        if case .limited(let retryAfter) = await acquire(key) {
            throw OmneoHTTPError(.tooManyRequests, .tooManyAttempts, headers: [.retryAfter: String(retryAfter)])
        }
    }

    private func warn(_ error: any Error) {
        let now = ContinuousClock.now
        let due = lastWarning.withLock { last -> Bool in
            guard last.map({ now - $0 >= .seconds(60) }) ?? true else { return false }
            last = now
            return true
        }
        // The error's type only: messages may quote connection details.
        if due {
            logger.warning(
                "shared abuse budget unavailable: this replica decides alone until PostgreSQL answers",
                metadata: ["budget": "\(local.name)", "error.type": "\(type(of: error))"])
        }
    }
}

/// `omneo_id_budgets(name text, key text, arrival double precision, PRIMARY KEY (name, key))`:
/// one GCRA arrival time (PostgreSQL epoch seconds) per budget and key.
struct BudgetTable: Sendable {
    let client: PostgresClient
    let schema: String?
    let logger: Logger
    private let migrated = MigratedFlag()

    init(client: PostgresClient, schema: String?, logger: Logger) {
        self.client = client
        self.schema = schema
        self.logger = logger
    }

    func acquire(name: String, key: RateLimitKey, interval: Double, tolerance: Double) async throws -> RateLimiter.Decision {
        let keyBytes = key.hex
        return try await client.withConnection { connection in
            try await migrateOnce(connection)
            // Allowed: the row is written and returned. Limited: nothing is written, and the
            // second statement reads how long until there is room.
            let rows = try await connection.query(
                """
                WITH t AS (SELECT extract(epoch FROM clock_timestamp())::float8 AS now)
                INSERT INTO omneo_id_budgets AS b (name, key, arrival)
                SELECT \(name), \(keyBytes), t.now + \(interval) FROM t
                ON CONFLICT (name, key) DO UPDATE
                    SET arrival = GREATEST(b.arrival, EXCLUDED.arrival - \(interval)) + \(interval)
                    WHERE GREATEST(b.arrival, EXCLUDED.arrival - \(interval)) - (EXCLUDED.arrival - \(interval)) <= \(tolerance)
                RETURNING arrival
                """, logger: logger)
            var allowed = false
            for try await _ in rows { allowed = true }
            if allowed { return .allowed }
            let wait = try await connection.query(
                """
                SELECT arrival - \(tolerance) - extract(epoch FROM clock_timestamp())::float8
                FROM omneo_id_budgets WHERE name = \(name) AND key = \(keyBytes)
                """, logger: logger)
            var seconds = 1.0
            for try await value in wait.decode(Double.self) { seconds = value }
            // Now and then, drop buckets that are full again (an absent row is a full bucket).
            if Int.random(in: 0..<256) == 0 {
                try await connection.execute(
                    "DELETE FROM omneo_id_budgets WHERE arrival < extract(epoch FROM clock_timestamp())::float8",
                    logger: logger)
            }
            return .limited(retryAfter: max(1, Int(seconds.rounded(.up))))
        }
    }

    func giveBack(name: String, key: RateLimitKey, interval: Double) async throws {
        let keyBytes = key.hex
        try await client.withConnection { connection in
            try await migrateOnce(connection)
            try await connection.execute(
                "UPDATE omneo_id_budgets SET arrival = arrival - \(interval) WHERE name = \(name) AND key = \(keyBytes)",
                logger: logger)
        }
    }

    private func migrateOnce(_ connection: PostgresConnection) async throws {
        guard !migrated.isSet else { return }
        try await connection.execute("BEGIN", logger: logger)
        do {
            try await connection.execute("SELECT pg_advisory_xact_lock(\(Self.migrationLockID))", logger: logger)
            if let schema, PostgresURL.isPlainIdentifier(schema) {
                try await connection.execute("CREATE SCHEMA IF NOT EXISTS \(unescaped: "\"\(schema)\"")", logger: logger)
            }
            try await connection.execute(
                """
                CREATE TABLE IF NOT EXISTS omneo_id_budgets (
                    name text NOT NULL,
                    key text NOT NULL,
                    arrival double precision NOT NULL,
                    PRIMARY KEY (name, key)
                )
                """, logger: logger)
            try await connection.execute("COMMIT", logger: logger)
        } catch {
            try? await connection.execute("ROLLBACK", logger: logger)
            throw error
        }
        migrated.set()
    }

    /// A fixed advisory-lock id for the migration ("omneo-id.budgets" in ASCII, truncated).
    private static let migrationLockID: Int64 = 0x6F6D_6E65_6F62_7564
}

/// Whether this process has made sure the table exists.
private final class MigratedFlag: Sendable {
    private let value = Atomic<Bool>(false)
    var isSet: Bool { value.load(ordering: .relaxed) }
    func set() { value.store(true, ordering: .relaxed) }
}

extension RateLimitKey {
    /// The key as 32 hex digits, as stored in `omneo_id_budgets.key` (a hash: no client
    /// address is stored).
    var hex: String {
        String(unsafeUninitializedCapacity: 32) { buffer in
            HexDigits.write(low, into: buffer, at: HexDigits.write(high, into: buffer, at: 0))
        }
    }
}
