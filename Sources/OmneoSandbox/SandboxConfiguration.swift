import OmneoPostgres

/// How a ``Sandbox`` stores its data and which API token it accepts.
public struct SandboxConfiguration: Sendable {
    /// Where the sandbox keeps its data.
    public enum Database: Sendable, Equatable {
        /// A private in-memory SQLite database, gone when the sandbox stops (for tests).
        case memory
        /// A SQLite file (WAL mode); parent folders are created as needed.
        case file(path: String)
        /// A PostgreSQL database, e.g. `postgres://user:password@host:5432/omneo?sslmode=require`
        /// (see ``PostgresURL`` for the parameters understood). Tables are created in the
        /// URL's `schema` (created if missing) or in the role's default schema.
        case postgres(url: String)
    }

    /// Where the sandbox keeps its data.
    public var database: Database
    /// The only token accepted in `Authorization: Bearer …`.
    public var apiToken: String
    /// Whether an empty database is filled with ``SandboxSeed`` data when first opened.
    public var seed: Bool

    public init(database: Database, apiToken: String, seed: Bool = true) {
        self.database = database
        self.apiToken = apiToken
        self.seed = seed
    }
}

extension SandboxConfiguration.Database: CustomStringConvertible {
    /// The database as an operator would name it, with any password masked.
    public var description: String {
        switch self {
        case .memory: ":memory:"
        case .file(let path): path
        case .postgres(let url): PostgresURL.redacting(url)
        }
    }
}
