import Foundation
import Logging
import OmneoPostgres
import OmneoSandbox
import PostgresNIO

/// The PostgreSQL server tests may use, named by `OMNEO_TEST_POSTGRES_URL`
/// (`scripts/postgres-test-server` starts one and prints its URL). Each user gets a schema
/// of its own, dropped afterwards, so tests stay isolated and can run in parallel.
public enum PostgresTestDatabase {
    public static let environmentVariable = "OMNEO_TEST_POSTGRES_URL"

    /// The server's URL, or `nil` when the variable is unset or empty.
    public static var url: String? {
        guard let value = ProcessInfo.processInfo.environment[environmentVariable], !value.isEmpty else { return nil }
        return value
    }

    public static var isConfigured: Bool { url != nil }

    /// Why PostgreSQL variants do not run, for skipped tests.
    public static let notConfiguredNote =
        "\(environmentVariable) is not set: tests on PostgreSQL (the sandbox suite's PostgreSQL variants, "
        + "the advisory profile lock) are skipped "
        + "(export \(environmentVariable)=\"$(scripts/postgres-test-server)\" to run them)"

    /// A new schema name on the test server (the sandbox creates it when it opens the URL).
    public static func makeSchema() throws -> TestSchema {
        guard let url else { throw PostgresTestDatabaseError.notConfigured }
        let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        return TestSchema(serverURL: url, name: name)
    }
}

/// A schema of its own on the test server.
public struct TestSchema: Sendable {
    let serverURL: String
    /// The schema's name (`t_` and 32 hex digits).
    public let name: String

    /// The server URL with `schema=` naming this schema.
    public var url: String {
        serverURL + (serverURL.contains("?") ? "&" : "?") + "schema=\(name)"
    }

    /// Drops the schema and everything in it (if it exists).
    public func drop() async throws {
        try await withClient { client in
            try await client.query("DROP SCHEMA IF EXISTS \(unescaped: "\"\(name)\"") CASCADE")
        }
    }

    /// Runs `body` with a (running) client of the server, connected to this schema.
    public func withClient<T: Sendable>(_ body: (PostgresClient) async throws -> T) async throws -> T {
        let client = PostgresClient(
            configuration: try PostgresURL(url).clientConfiguration(maximumConnections: 4),
            backgroundLogger: Logger(label: "postgres-test", factory: { _ in SwiftLogNoOpLogHandler() }))
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            return try await body(client)
        }
    }
}

public enum PostgresTestDatabaseError: Error, CustomStringConvertible {
    case notConfigured

    public var description: String { PostgresTestDatabase.notConfiguredNote }
}
