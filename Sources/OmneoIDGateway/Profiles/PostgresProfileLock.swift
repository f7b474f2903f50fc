import Crypto
import Logging
import OmneoHTTP
import OmneoPostgres
import PostgresNIO
import Synchronization

/// A ``ProfileLock`` shared by every replica using one PostgreSQL database: each key is a
/// transaction-scoped advisory lock (`pg_advisory_xact_lock(bigint)`) on a 64-bit hash of it.
///
/// `withLock` opens a transaction on a pooled connection, takes the keys' locks in ascending
/// hash order (two callers sharing keys cannot deadlock), runs the body and ends the
/// transaction, which releases them, whatever the body does; a connection lost mid-body
/// releases them too. Two keys whose hashes collide only serialise more than needed.
///
/// Fails closed and retryable: when the database cannot be reached, or the connection and
/// the locks are not had within `acquireTimeout`, the body does not run and the caller gets
/// ``unavailable`` (503), never a create without the lock.
///
/// `client` must be running (`PostgresClient` is a `Service`) while the lock is used.
public struct PostgresProfileLock: ProfileLock {
    let client: PostgresClient
    let acquireTimeout: Duration
    let logger: Logger

    /// 503 `{"message":"Service Unavailable."}` with `Retry-After: 1`: the shared lock could not be taken.
    public static let unavailable = OmneoHTTPError(
        .serviceUnavailable, .init(message: "Service Unavailable."), headers: [.retryAfter: "1"])

    public init(client: PostgresClient, acquireTimeout: Duration = .seconds(10), logger: Logger) {
        self.client = client
        self.acquireTimeout = acquireTimeout
        self.logger = logger
    }

    public func withLock<T: Sendable>(keys: [String], _ body: () async throws -> T) async throws -> T {
        let ids = Array(Set(keys.map(Self.lockID))).sorted()
        let acquired = AcquiredFlag()
        // `body` is not escaping; the task group below runs it before this call returns.
        return try await withoutActuallyEscaping(body) { body in
            let body = UnsafeTransfer(body)
            return try await withThrowingTaskGroup(of: T?.self) { group in
                group.addTask {
                    try await self.transaction(locking: ids) {
                        acquired.set()
                        return try await body.value()
                    }
                }
                group.addTask {
                    try await Task.sleep(for: acquireTimeout)
                    guard acquired.isSet else {
                        logger.warning(
                            "profile lock not acquired in time", metadata: ["lock.timeout": "\(acquireTimeout)"])
                        throw Self.unavailable
                    }
                    return nil
                }
                while let result = try await group.next() {
                    if let result {
                        group.cancelAll()
                        return result
                    }
                }
                throw Self.unavailable  // Unreachable: the transaction task returns or throws.
            }
        }
    }

    /// Runs `body` in a transaction that first takes the advisory locks `ids`.
    private func transaction<T: Sendable>(
        locking ids: [Int64], _ body: @Sendable () async throws -> T
    ) async throws -> T {
        do {
            return try await client.withTransaction(logger: logger) { connection in
                // The server gives up waiting by itself, too: a cancelled task cannot stop a
                // query that is already waiting for a lock.
                try await connection.execute(
                    PostgresQuery(unsafeSQL: "SET LOCAL lock_timeout = \(Self.milliseconds(acquireTimeout))"),
                    logger: logger)
                for id in ids {
                    // `execute` reads the answer to the end: a lock timeout only shows there.
                    try await connection.execute("SELECT pg_advisory_xact_lock(\(id))", logger: logger)
                }
                return try await body()
            }
        } catch let error as PostgresTransactionError {
            // The body's own error, as callers expect it; otherwise the database's.
            if let closureError = error.closureError, !(closureError is PSQLError) { throw closureError }
            throw databaseTrouble(error)
        } catch let error as PSQLError {
            throw databaseTrouble(error)
        }
    }

    /// Logs what went wrong (its type only: messages may quote connection details) and answers 503.
    private func databaseTrouble(_ error: any Error) -> OmneoHTTPError {
        logger.warning("profile lock failed", metadata: ["error.type": "\(type(of: error))"])
        return Self.unavailable
    }

    /// `duration` in whole milliseconds, at least 1 (0 would mean no timeout).
    static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return max(1, seconds * 1000 + attoseconds / 1_000_000_000_000_000)
    }

    /// The advisory lock id of `key`: the first 8 bytes of SHA-256("omneo-id.profile-lock:" + key),
    /// big-endian, as a signed 64-bit integer.
    static func lockID(_ key: String) -> Int64 {
        let digest = SHA256.hash(data: Array(("omneo-id.profile-lock:" + key).utf8))
        return digest.prefix(8).reduce(Int64(0)) { ($0 << 8) | Int64($1) }
    }
}

/// Whether the transaction holds its locks yet (read by the timeout task).
private final class AcquiredFlag: Sendable {
    private let state = Mutex(false)
    func set() { state.withLock { $0 = true } }
    var isSet: Bool { state.withLock { $0 } }
}

/// Carries a non-escaping closure into a child task that ends before the closure's scope does.
private struct UnsafeTransfer<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
