/// How a ``Sandbox`` stores its data and which API token it accepts.
public struct SandboxConfiguration: Sendable {
    /// Where the sandbox keeps its data.
    public enum Database: Sendable, Equatable {
        /// A private in-memory SQLite database, gone when the sandbox stops (for tests).
        case memory
        /// A SQLite file (WAL mode); parent folders are created as needed.
        case file(path: String)
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
