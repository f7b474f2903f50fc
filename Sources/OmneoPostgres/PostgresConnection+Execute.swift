import Logging
import PostgresNIO

extension PostgresConnection {
    /// Runs a statement whose rows, if any, are not needed, and reads its answer to the end.
    ///
    /// `query(_:logger:)` can return as soon as the row description arrives; an error the
    /// server reports after that (a lock timeout, a constraint violated while executing)
    /// only surfaces while reading the rows. Reading them all here means a statement that
    /// failed always throws.
    public func execute(_ query: PostgresQuery, logger: Logger) async throws {
        for try await _ in try await self.query(query, logger: logger) {}
    }
}
