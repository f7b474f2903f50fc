import AsyncHTTPClient
import Foundation
import NIOCore
import OmneoTestSupport
import Testing

/// Revocations across two real gateway processes sharing one PostgreSQL database
/// (`OMNEO_ID_DATABASE_URL`): recorded there, pushed to the other replica with LISTEN/NOTIFY.
@Suite(
    .serialized,
    .enabled(if: PostgresTestDatabase.isConfigured, Comment(rawValue: PostgresTestDatabase.notConfiguredNote)))
struct SharedRevocationTests {
    static func environment(sandbox: SandboxHarness, directory: String, databaseURL: String) -> [String: String] {
        [
            "OMNEO_ID_UPSTREAM_URL": sandbox.baseURL, "OMNEO_ID_UPSTREAM_TOKEN": sandbox.apiToken,
            "OMNEO_ID_DATA_DIR": directory, "OMNEO_ID_KEYS_FILE": directory + "/keys.jwks.json",
            "OMNEO_ID_DATABASE_URL": databaseURL, "OMNEO_ID_LOG_LEVEL": "warning",
            // Short enough that a revocation with PostgreSQL stopped fails fast; long enough for
            // a loaded test machine's sandbox look-ups.
            "OMNEO_ID_UPSTREAM_TIMEOUT": "10", "OMNEO_ID_RATE_LIMIT_TOKEN_MINT": "off",
        ]
    }

    static func post(_ url: String, bearer: String, body: String) async throws -> (status: UInt, body: String) {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Authorization", value: "Bearer \(bearer)")
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(string: body))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
        let bytes = try await response.body.collect(upTo: 1 << 20)
        return (response.status.code, String(buffer: bytes))
    }

    static func get(_ url: String, bearer: String? = nil) async throws -> (status: UInt, body: String) {
        var request = HTTPClientRequest(url: url)
        if let bearer { request.headers.add(name: "Authorization", value: "Bearer \(bearer)") }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
        let bytes = try await response.body.collect(upTo: 1 << 20)
        return (response.status.code, String(buffer: bytes))
    }

    static func mint(on replica: GatewayProcess, apiToken: String) async throws -> String {
        let answer = try await post(
            "\(replica.baseURL)/auth/token", bearer: apiToken, body: #"{"id":"1004993MH","id_handle":"magento_id"}"#)
        let json = try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any]
        return try #require((json?["data"] as? [String: Any])?["token"] as? String, "\(answer.status): \(answer.body)")
    }

    static func me(_ replica: GatewayProcess, _ token: String) async throws -> UInt {
        try await get("\(replica.baseURL)/profiles/me", bearer: token).status
    }

    static func readiness(_ replica: GatewayProcess) async throws -> String {
        try await get("http://127.0.0.1:\(replica.port)/health/ready").body
    }

    /// How long until `condition` holds, polling every 20 ms; `nil` if not within `limit`.
    static func time(within limit: Duration, _ condition: () async throws -> Bool) async throws -> Duration? {
        let start = ContinuousClock.now
        while ContinuousClock.now - start < limit {
            if try await condition() { return ContinuousClock.now - start }
            try await Task.sleep(for: .milliseconds(20))
        }
        return nil
    }

    static func waitUntilSynced(_ replicas: GatewayProcess..., within limit: Duration = .seconds(15)) async throws {
        for replica in replicas {
            let synced = try await time(within: limit) {
                try await readiness(replica).contains(#""revocations":"synced""#)
            }
            let body = try await readiness(replica)
            try #require(synced != nil, "replica never synced: \(body)")
        }
    }

    @Test func aRevocationThroughOneReplicaHoldsOnTheOtherWithinTwoSecondsAndAfterARestart() async throws {
        try await SandboxHarness.with { sandbox in
            let schema = try PostgresTestDatabase.makeSchema()
            let directory = NSTemporaryDirectory() + "omneo-id-revoke-\(UUID().uuidString)"
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let environment = Self.environment(sandbox: sandbox, directory: directory, databaseURL: schema.url)
            let a = try await GatewayProcess(environment: environment)
            var b = try await GatewayProcess(environment: environment)
            try await Self.waitUntilSynced(a, b)

            // Log out through A: B refuses the token within 2 s.
            let phone = try await Self.mint(on: a, apiToken: sandbox.apiToken)
            let laptop = try await Self.mint(on: a, apiToken: sandbox.apiToken)
            #expect(try await Self.me(b, phone) == 200)
            let revoked = try await Self.post("\(a.baseURL)/auth/revoke", bearer: sandbox.apiToken, body: #"{"token":"\#(phone)"}"#)
            #expect(revoked.status == 200)
            #expect(try await Self.me(a, phone) == 401)
            let elapsed = try await Self.time(within: .seconds(2)) { try await Self.me(b, phone) == 401 }
            #expect(elapsed != nil)
            #expect(try await Self.me(b, laptop) == 200)

            // B restarted: it loads the revocations before it is ready, and refuses the token.
            #expect(await b.stop() == 0)
            b = try await GatewayProcess(environment: environment)
            try await Self.waitUntilSynced(b)
            #expect(try await Self.me(b, phone) == 401)
            #expect(try await Self.me(b, laptop) == 200)

            // Log out everywhere through B: A refuses every earlier token within 2 s.
            let everywhere = try await Self.post(
                "\(b.baseURL)/auth/revoke", bearer: sandbox.apiToken, body: #"{"id":"1004993MH","id_handle":"magento_id"}"#)
            #expect(everywhere.status == 200)
            #expect(try await Self.time(within: .seconds(2)) { try await Self.me(a, laptop) == 401 } != nil)

            #expect(await a.stop() == 0)
            #expect(await b.stop() == 0)
            try await schema.drop()
        }
    }

    @Test func aReplicaKeepsServingWhilePostgreSQLIsDownAndCatchesUpWhenItIsBack() async throws {
        let server = try OwnPostgresServer()
        defer { server.remove() }
        let url = try await server.start()
        do {
            try await catchingUp(url: url, server: server)
        } catch {
            try? await server.stop()
            throw error
        }
        try await server.stop()
    }

    private func catchingUp(url: String, server: OwnPostgresServer) async throws {
        try await SandboxHarness.with { sandbox in
            let directory = NSTemporaryDirectory() + "omneo-id-revoke-pg-\(UUID().uuidString)"
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let environment = Self.environment(sandbox: sandbox, directory: directory, databaseURL: url)
            let a = try await GatewayProcess(environment: environment)
            let b = try await GatewayProcess(environment: environment)
            try await Self.waitUntilSynced(a, b)

            let first = try await Self.mint(on: a, apiToken: sandbox.apiToken)
            try await Task.sleep(for: .milliseconds(1100))  // `second` is issued after the log-out below.
            #expect(try await Self.post("\(a.baseURL)/auth/revoke", bearer: sandbox.apiToken, body: #"{"token":"\#(first)"}"#).status == 200)
            #expect(try await Self.time(within: .seconds(2)) { try await Self.me(b, first) == 401 } != nil)
            let second = try await Self.mint(on: a, apiToken: sandbox.apiToken)

            // PostgreSQL stops: both replicas keep answering with what they hold, and say so.
            try await server.stop()
            #expect(try await Self.time(within: .seconds(10)) { try await Self.readiness(b).contains("unsynced") } != nil)
            #expect(try await Self.me(b, first) == 401)
            #expect(try await Self.me(b, second) == 200)
            // A revocation that cannot be recorded is a retryable 503, never a 200.
            let refused = try await Self.post("\(a.baseURL)/auth/revoke", bearer: sandbox.apiToken, body: #"{"token":"\#(second)"}"#)
            #expect(refused.status == 503)
            #expect(try await Self.me(b, second) == 200)

            // PostgreSQL is back: the replicas reconnect, and revocations flow again.
            _ = try await server.start()
            try await Self.waitUntilSynced(a, b, within: .seconds(20))
            #expect(try await Self.post("\(a.baseURL)/auth/revoke", bearer: sandbox.apiToken, body: #"{"token":"\#(second)"}"#).status == 200)
            #expect(try await Self.time(within: .seconds(2)) { try await Self.me(b, second) == 401 } != nil)
            #expect(try await Self.me(b, first) == 401)

            #expect(await a.stop() == 0)
            #expect(await b.stop() == 0)
        }
    }
}

/// A PostgreSQL cluster of the test's own (`scripts/postgres-test-server` on another port and
/// folder), so that stopping it disturbs no other test.
struct OwnPostgresServer {
    let port = Self.freePort()
    let directory = NSTemporaryDirectory() + "omneo-id-own-postgres-\(UUID().uuidString.prefix(8))"

    /// A port below the kernel's ephemeral range (so no outgoing connection takes it while the
    /// server is stopped and started again) that nothing listens on now.
    static func freePort() -> Int {
        for _ in 0..<50 {
            let port = Int.random(in: 20_000...30_000)
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard fd >= 0 else { continue }
            defer { close(fd) }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = UInt16(port).bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            if bound == 0 { return port }
        }
        return Int.random(in: 20_000...30_000)
    }

    static var script: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scripts/postgres-test-server")
            .path
    }

    /// Starts (or restarts) the server and returns its URL. Tried twice: on a loaded machine
    /// `pg_ctl` can give up waiting while the server is still starting (the script is idempotent).
    func start() async throws -> String {
        do {
            return try await run([]).trimmingCharacters(in: .whitespacesAndNewlines)
        } catch {
            try await Task.sleep(for: .seconds(1))
            return try await run([]).trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    func stop() async throws {
        _ = try await run(["stop"])
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Runs the script (its own exit is awaited, not the end of the daemon it starts).
    private func run(_ arguments: [String]) async throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["OMNEO_TEST_POSTGRES_PORT"] = String(port)
        environment["OMNEO_TEST_POSTGRES_DIR"] = directory
        let run = try await CommandRun.run("/bin/bash", [Self.script] + arguments, environment: environment)
        guard run.status == 0 else {
            throw OwnPostgresServerError.failed(arguments, status: run.status, output: run.standardError)
        }
        return run.standardOutput
    }
}

enum OwnPostgresServerError: Error {
    case failed([String], status: ChildExit, output: String)
}
