import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import OmneoSandbox

/// A sandbox on 127.0.0.1 and an ephemeral port, for tests.
///
/// ```swift
/// let sandbox = try await SandboxHarness()
/// defer { Task { await sandbox.stop() } }   // or: try await SandboxHarness.with { sandbox in … }
/// let response = try await sandbox.request(.GET, "/profiles")
/// ```
///
/// To run a test on every store (SQLite always, PostgreSQL when `OMNEO_TEST_POSTGRES_URL`
/// is set), parameterise it with ``stores`` and open the sandbox with ``with(store:seed:_:)``.
public final class SandboxHarness: Sendable {
    /// The sandbox itself (its seed data and database).
    public let sandbox: Sandbox
    /// The token the sandbox accepts.
    public let apiToken: String
    private let server: ServerTask
    private let cleanup: (@Sendable () async -> Void)?

    /// The stores sandbox tests run on: SQLite, and PostgreSQL when `OMNEO_TEST_POSTGRES_URL`
    /// is set (a skipped test in the sandbox suite says so when it is not).
    public static var stores: [SandboxStoreKind] {
        PostgresTestDatabase.isConfigured ? [.sqlite, .postgres] : [.sqlite]
    }

    public var port: Int { server.port }
    /// e.g. `http://127.0.0.1:PORT/api/v3`.
    public var baseURL: String { "http://127.0.0.1:\(server.port)/api/v3" }

    /// Opens the database (`:memory:` by default; seeded unless `seed` is false) and starts serving.
    public convenience init(
        database: SandboxConfiguration.Database = .memory, apiToken: String = "sandbox-test-token", seed: Bool = true,
        logger: Logger = Logger(label: "sandbox-test", factory: { _ in SwiftLogNoOpLogHandler() })
    ) async throws {
        try await self.init(database: database, apiToken: apiToken, seed: seed, logger: logger, cleanup: nil)
    }

    /// Opens a new database of the kind `store` (SQLite in memory, or a new schema on the
    /// PostgreSQL test server, dropped by ``stop()``) and starts serving.
    public convenience init(
        store: SandboxStoreKind, apiToken: String = "sandbox-test-token", seed: Bool = true,
        logger: Logger = Logger(label: "sandbox-test", factory: { _ in SwiftLogNoOpLogHandler() })
    ) async throws {
        switch store {
        case .sqlite:
            try await self.init(database: .memory, apiToken: apiToken, seed: seed, logger: logger, cleanup: nil)
        case .postgres:
            let schema = try PostgresTestDatabase.makeSchema()
            do {
                try await self.init(
                    database: .postgres(url: schema.url), apiToken: apiToken, seed: seed, logger: logger,
                    cleanup: { try? await schema.drop() })
            } catch {
                try? await schema.drop()
                throw error
            }
        }
    }

    private init(
        database: SandboxConfiguration.Database, apiToken: String, seed: Bool, logger: Logger,
        cleanup: (@Sendable () async -> Void)?
    ) async throws {
        let sandbox = try await Sandbox(
            configuration: SandboxConfiguration(database: database, apiToken: apiToken, seed: seed), logger: logger)
        self.server = try await ServerTask { onRunning in
            sandbox.makeApplication(host: "127.0.0.1", port: 0, logger: logger, onServerRunning: onRunning)
        }
        self.sandbox = sandbox
        self.apiToken = apiToken
        self.cleanup = cleanup
    }

    /// Runs `body` with a started sandbox and stops it afterwards, whatever happens.
    public static func with<T: Sendable>(
        database: SandboxConfiguration.Database = .memory, seed: Bool = true,
        _ body: (SandboxHarness) async throws -> T
    ) async throws -> T {
        try await run(SandboxHarness(database: database, seed: seed), body)
    }

    /// Runs `body` with a sandbox on a new database of the kind `store`, and stops it
    /// afterwards (dropping a PostgreSQL schema), whatever happens.
    public static func with<T: Sendable>(
        store: SandboxStoreKind, seed: Bool = true, _ body: (SandboxHarness) async throws -> T
    ) async throws -> T {
        try await run(SandboxHarness(store: store, seed: seed), body)
    }

    private static func run<T: Sendable>(_ harness: SandboxHarness, _ body: (SandboxHarness) async throws -> T)
        async throws -> T
    {
        do {
            let result = try await body(harness)
            await harness.stop()
            return result
        } catch {
            await harness.stop()
            throw error
        }
    }

    /// Stops serving (cancels the server task and waits for it). A SQLite database stays open
    /// until the last reference to ``sandbox`` goes; a PostgreSQL test schema is dropped.
    public func stop() async {
        await server.stop()
        await cleanup?()
    }

    /// How a request authenticates.
    public enum Auth: Sendable {
        /// `Authorization: Bearer <the sandbox token>`.
        case sandbox
        /// No `Authorization` header.
        case none
        /// `Authorization: <value>`, exactly.
        case header(String)
    }

    /// A response: status, headers (names lower-cased) and body bytes.
    public struct Response: Sendable {
        public let status: Int
        public let headers: [(name: String, value: String)]
        public let body: Data

        public func header(_ name: String) -> String? {
            headers.first { $0.name == name.lowercased() }?.value
        }

        public var text: String { String(decoding: body, as: UTF8.self) }

        /// The body decoded as `T` (snake_case keys are the models' own coding keys).
        public func decode<T: Decodable>(_ type: T.Type = T.self) throws -> T {
            try JSONDecoder().decode(T.self, from: body)
        }

        /// The body as a JSON object.
        public func object() throws -> [String: Any] {
            guard let object = try JSONSerialization.jsonObject(with: body) as? [String: Any] else {
                throw HarnessError.notAnObject(text)
            }
            return object
        }
    }

    public enum HarnessError: Error {
        case notAnObject(String)
    }

    /// An HTTP method.
    public enum Method: String, Sendable {
        case GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS
    }

    /// Sends `method` to `baseURL + path` (path starts with `/`, may hold a query string).
    public func request(
        _ method: Method, _ path: String, json: String? = nil, auth: Auth = .sandbox,
        headers: [(String, String)] = []
    ) async throws -> Response {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = HTTPMethod(rawValue: method.rawValue)
        switch auth {
        case .sandbox: request.headers.add(name: "Authorization", value: "Bearer \(apiToken)")
        case .none: break
        case .header(let value): request.headers.add(name: "Authorization", value: value)
        }
        if let json {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: json))
        }
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(120))
        let body = try await response.body.collect(upTo: 16 << 20)
        return Response(
            status: Int(response.status.code),
            headers: response.headers.map { (name: $0.name.lowercased(), value: $0.value) },
            body: Data(body.readableBytesView))
    }
}
