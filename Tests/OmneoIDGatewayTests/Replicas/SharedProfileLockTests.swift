import AsyncHTTPClient
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import OmneoTestSupport
import Testing

/// Find-or-create across two real gateway processes that share one PostgreSQL database
/// (`OMNEO_ID_DATABASE_URL`): the advisory lock serialises the same shopper across them.
@Suite(
    .serialized,
    .enabled(if: PostgresTestDatabase.isConfigured, Comment(rawValue: PostgresTestDatabase.notConfiguredNote)))
struct SharedProfileLockTests {
    @Test func fiftyIdenticalSignupsSplitAcrossTwoReplicasMakeOneProfileAndOneCreate() async throws {
        try await SandboxHarness.with { sandbox in
            // Between the replicas and the sandbox, to count what reaches the upstream.
            // Look-ups are slowed down so that, without a lock shared by the replicas, their first
            // requests would both find nothing and both create.
            let counter = try await RecordingUpstream(handler: Self.forwarding(to: sandbox, slowLookups: true))
            let directory = NSTemporaryDirectory() + "omneo-id-shared-lock-\(UUID().uuidString)"
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let environment = Self.replicaEnvironment(
                upstream: counter.baseURL, token: sandbox.apiToken, directory: directory,
                databaseURL: try #require(PostgresTestDatabase.url))
            let a = try await GatewayProcess(environment: environment)
            let b = try await GatewayProcess(environment: environment)
            let token = try await Self.anonymousToken(from: a, apiToken: sandbox.apiToken)
            let email = "Replica.Race.\(UUID().uuidString.prefix(8))@example.com"
            counter.reset()

            let statuses = try await withThrowingTaskGroup(of: UInt.self) { group in
                for index in 0..<50 {
                    let replica = index.isMultiple(of: 2) ? a : b
                    group.addTask {
                        try await Self.signup(on: replica, token: token, email: email, smsPromo: index.isMultiple(of: 3))
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }

            #expect(statuses == Array(repeating: 200, count: 50))
            let found = try await sandbox.request(.GET, "/profiles?filter%5Bemail%5D=\(email.lowercased())")
            #expect((try found.object()["data"] as? [Any])?.count == 1)
            // Serialised across both processes: one create, every other request found it.
            let creates = counter.requests.filter { $0.method == "POST" && $0.path == "/api/v3/profiles" }
            #expect(creates.count == 1)
            #expect(await a.stop() == 0)
            #expect(await b.stop() == 0)
        }
    }

    @Test func anUnreachableDatabaseFailsClosedWith503AndOtherRoutesStillWork() async throws {
        try await SandboxHarness.with { sandbox in
            let directory = NSTemporaryDirectory() + "omneo-id-shared-lock-\(UUID().uuidString)"
            defer { try? FileManager.default.removeItem(atPath: directory) }
            var environment = Self.replicaEnvironment(
                upstream: sandbox.baseURL, token: sandbox.apiToken, directory: directory,
                databaseURL: "postgres://omneo:secret@127.0.0.1:1/nowhere?sslmode=disable")
            environment["OMNEO_ID_UPSTREAM_TIMEOUT"] = "2"
            let replica = try await GatewayProcess(environment: environment)
            let token = try await Self.anonymousToken(from: replica, apiToken: sandbox.apiToken)
            let email = "no.database.\(UUID().uuidString.prefix(8))@example.com"

            var request = HTTPClientRequest(url: "\(replica.baseURL)/profiles")
            request.method = .POST
            request.headers.add(name: "Authorization", value: "Bearer \(token)")
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: #"{"email":"\#(email)"}"#))
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
            let body = try await response.body.collect(upTo: 1 << 20)
            #expect(response.status.code == 503)
            #expect(response.headers.first(name: "retry-after") == "1")
            #expect(String(buffer: body) == #"{"message":"Service Unavailable."}"#)
            // Nothing was created without the lock.
            let found = try await sandbox.request(.GET, "/profiles?filter%5Bemail%5D=\(email)")
            #expect((try found.object()["data"] as? [Any])?.count == 0)
            // The rest of the gateway does not depend on the database.
            var me = HTTPClientRequest(url: "\(replica.baseURL)/locations")
            me.headers.add(name: "Authorization", value: "Bearer \(token)")
            #expect(try await HTTPClient.shared.execute(me, timeout: .seconds(60)).status.code == 200)
            #expect(await replica.stop() == 0)
        }
    }

    static func replicaEnvironment(
        upstream: String, token: String, directory: String, databaseURL: String
    ) -> [String: String] {
        [
            "OMNEO_ID_UPSTREAM_URL": upstream, "OMNEO_ID_UPSTREAM_TOKEN": token,
            "OMNEO_ID_DATA_DIR": directory, "OMNEO_ID_KEYS_FILE": directory + "/keys.jwks.json",
            "OMNEO_ID_DATABASE_URL": databaseURL, "OMNEO_ID_LOG_LEVEL": "warning",
            "OMNEO_ID_RATE_LIMIT_FIND_OR_CREATE_IP": "off", "OMNEO_ID_RATE_LIMIT_FIND_OR_CREATE_TOKEN": "off",
        ]
    }

    static func anonymousToken(from replica: GatewayProcess, apiToken: String) async throws -> String {
        var request = HTTPClientRequest(url: "\(replica.baseURL)/auth/token")
        request.method = .POST
        request.headers.add(name: "Authorization", value: "Bearer \(apiToken)")
        request.body = .bytes(ByteBuffer(string: "{}"))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
        let body = try await response.body.collect(upTo: 1 << 20)
        let json = try JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any]
        return try #require((json?["data"] as? [String: Any])?["token"] as? String)
    }

    static func signup(on replica: GatewayProcess, token: String, email: String, smsPromo: Bool) async throws -> UInt {
        var request = HTTPClientRequest(url: "\(replica.baseURL)/profiles")
        request.method = .POST
        request.headers.add(name: "Authorization", value: "Bearer \(token)")
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(
            ByteBuffer(string: #"{"email":"\#(email)","attributes":{"comms":{"sms_promo":\#(smsPromo)}}}"#))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(120))
        _ = try await response.body.collect(upTo: 1 << 20)
        return response.status.code
    }

    /// Passes each request on to the sandbox and its answer back.
    static func forwarding(to sandbox: SandboxHarness, slowLookups: Bool) -> RecordingUpstream.Handler {
        { recorded in
            if slowLookups, recorded.method == "GET", recorded.path == "/api/v3/profiles" {
                try await Task.sleep(for: .milliseconds(100))
            }
            var request = HTTPClientRequest(
                url: "http://127.0.0.1:\(sandbox.port)\(recorded.path)" + (recorded.query.map { "?\($0)" } ?? ""))
            request.method = .init(rawValue: recorded.method)
            for field in recorded.headers where ![.contentLength, .connection].contains(field.name) {
                request.headers.add(name: field.name.rawName, value: field.value)
            }
            if let body = recorded.body, !body.isEmpty { request.body = .bytes(ByteBuffer(bytes: body)) }
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
            let body = try await response.body.collect(upTo: 1 << 24)
            var headers = HTTPFields()
            if let type = response.headers.first(name: "content-type") { headers[.contentType] = type }
            return Response(
                status: .init(code: Int(response.status.code)), headers: headers, body: .init(byteBuffer: body))
        }
    }
}
