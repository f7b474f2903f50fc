import OmneoPostgres
import PostgresNIO

/// Opening a PostgreSQL sandbox database failed: which database (password masked) and why,
/// in one line an operator can act on. Never holds the password or query parameters.
public struct PostgresOpenError: Error, Sendable, CustomStringConvertible {
    /// The database, as ``PostgresURL/description`` shows it.
    public let database: String
    public let reason: String

    public var description: String { "cannot open the PostgreSQL database \(database): \(reason)" }

    init(_ url: PostgresURL, _ error: any Error) {
        self.database = url.description
        self.reason = Self.reason(error)
    }

    private static func reason(_ error: any Error) -> String {
        if let transaction = error as? PostgresTransactionError,
            let inner = transaction.closureError ?? transaction.beginError ?? transaction.commitError
        {
            return reason(inner)
        }
        guard let error = error as? PSQLError else { return "\(error)" }
        if let message = error.serverInfo?[.message] {
            let state = error.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
            return message + state
        }
        if let underlying = error.underlying {
            return "\(error.code): \(underlying)"
        }
        return "\(error.code)"
    }
}
