import Crypto
import Logging
import PostgresNIO

/// A ``ProfileLock`` shared by every replica using one PostgreSQL database: each key is a
/// transaction-scoped advisory lock (`pg_advisory_xact_lock(bigint)`) on a 64-bit hash of it.
///
/// `withLock` opens a transaction on a pooled connection, takes the keys' locks in ascending
/// hash order (two callers sharing keys cannot deadlock), runs the body and ends the
/// transaction, which releases them, whatever the body does; a connection lost mid-body
/// releases them too. Two keys whose hashes collide only serialise more than needed.
///
/// `client` must be running (`PostgresClient` is a `Service`) while the lock is used.
public struct PostgresProfileLock: ProfileLock {
    let client: PostgresClient
    let logger: Logger

    public init(client: PostgresClient, logger: Logger) {
        self.client = client
        self.logger = logger
    }

    public func withLock<T: Sendable>(keys: [String], _ body: () async throws -> T) async throws -> T {
        let ids = Array(Set(keys.map(Self.lockID))).sorted()
        do {
            return try await client.withTransaction(logger: logger) { connection in
                for id in ids {
                    try await connection.query("SELECT pg_advisory_xact_lock(\(id))", logger: logger)
                }
                return try await body()
            }
        } catch let error as PostgresTransactionError {
            // The body's own error, as callers expect it; otherwise the database's.
            throw error.closureError ?? error.beginError ?? error.commitError ?? error
        }
    }

    /// The advisory lock id of `key`: the first 8 bytes of SHA-256("omneo-id.profile-lock:" + key),
    /// big-endian, as a signed 64-bit integer.
    static func lockID(_ key: String) -> Int64 {
        let digest = SHA256.hash(data: Array(("omneo-id.profile-lock:" + key).utf8))
        return digest.prefix(8).reduce(Int64(0)) { ($0 << 8) | Int64($1) }
    }
}
