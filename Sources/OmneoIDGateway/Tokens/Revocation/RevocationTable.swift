import Logging
import OmneoPostgres
import PostgresNIO

/// The PostgreSQL record of revocations shared by replicas (`OMNEO_ID_DATABASE_URL`), and the
/// `NOTIFY` channel that pushes each new one to every replica.
///
/// ```sql
/// omneo_id_revocations(kind text, subject text, revoked_at bigint, expires_at bigint,
///                      PRIMARY KEY (kind, subject))
/// ```
/// Rows are merged (the later `revoked_at` and `expires_at` win) and deleted once expired.
enum RevocationTable {
    /// The `LISTEN`/`NOTIFY` channel.
    static let channel = "omneo_id_revocations"

    /// Creates the table (and the URL's schema) if needed, under an advisory lock so that
    /// replicas starting together do not race on `CREATE … IF NOT EXISTS`.
    static func migrate(_ connection: PostgresConnection, schema: String?, logger: Logger) async throws {
        try await connection.execute("BEGIN", logger: logger)
        do {
            try await connection.execute("SELECT pg_advisory_xact_lock(\(migrationLockID))", logger: logger)
            if let schema, PostgresURL.isPlainIdentifier(schema) {
                try await connection.execute("CREATE SCHEMA IF NOT EXISTS \(unescaped: "\"\(schema)\"")", logger: logger)
            }
            try await connection.execute(
                """
                CREATE TABLE IF NOT EXISTS omneo_id_revocations (
                    kind text NOT NULL,
                    subject text NOT NULL,
                    revoked_at bigint NOT NULL,
                    expires_at bigint NOT NULL,
                    PRIMARY KEY (kind, subject)
                )
                """, logger: logger)
            try await connection.execute(
                "CREATE INDEX IF NOT EXISTS omneo_id_revocations_expires_at ON omneo_id_revocations (expires_at)",
                logger: logger)
            try await connection.execute("COMMIT", logger: logger)
        } catch {
            try? await connection.execute("ROLLBACK", logger: logger)
            throw error
        }
    }

    /// Records `revocation` and notifies every listening replica (on commit).
    static func insert(_ revocation: Revocation, _ connection: PostgresConnection, logger: Logger) async throws {
        let kind = revocation.kind
        let subject = revocation.subject
        let revokedAt = Int64(revocation.revokedAt)
        let expiresAt = Int64(revocation.expiresAt)
        let payload = revocation.payload
        try await connection.execute(
            """
            INSERT INTO omneo_id_revocations (kind, subject, revoked_at, expires_at)
            VALUES (\(kind), \(subject), \(revokedAt), \(expiresAt))
            ON CONFLICT (kind, subject) DO UPDATE SET
                revoked_at = GREATEST(omneo_id_revocations.revoked_at, EXCLUDED.revoked_at),
                expires_at = GREATEST(omneo_id_revocations.expires_at, EXCLUDED.expires_at)
            """, logger: logger)
        try await connection.execute("SELECT pg_notify(\(channel), \(payload))", logger: logger)
    }

    /// Every revocation still in force at `now`.
    static func load(_ connection: PostgresConnection, now: Int, logger: Logger) async throws -> [Revocation] {
        let rows = try await connection.query(
            "SELECT kind, subject, revoked_at, expires_at FROM omneo_id_revocations WHERE expires_at > \(Int64(now))",
            logger: logger)
        var result: [Revocation] = []
        for try await (kind, subject, revokedAt, expiresAt) in rows.decode((String, String, Int64, Int64).self) {
            if let revocation = Revocation(
                kind: kind, subject: subject, revokedAt: Int(revokedAt), expiresAt: Int(expiresAt))
            {
                result.append(revocation)
            }
        }
        return result
    }

    /// Deletes the rows that cover nothing any more.
    static func deleteExpired(_ connection: PostgresConnection, now: Int, logger: Logger) async throws {
        try await connection.execute(
            "DELETE FROM omneo_id_revocations WHERE expires_at <= \(Int64(now))", logger: logger)
    }

    /// A fixed advisory-lock id for the migration ("omneo-id.revocations" in ASCII, truncated).
    private static let migrationLockID: Int64 = 0x6F6D_6E65_6F72_6576
}
