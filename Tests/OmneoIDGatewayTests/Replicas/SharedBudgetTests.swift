import AsyncHTTPClient
import Foundation
import NIOCore
import OmneoTestSupport
import Testing

/// The per-IP abuse budgets across two real gateway processes sharing one PostgreSQL
/// database: N replicas do not let N times the guessing through.
@Suite(
    .serialized,
    .enabled(if: PostgresTestDatabase.isConfigured, Comment(rawValue: PostgresTestDatabase.notConfiguredNote)))
struct SharedBudgetTests {
    typealias Shared = SharedRevocationTests

    static func environment(sandbox: SandboxHarness, directory: String, databaseURL: String?) -> [String: String] {
        var environment = Shared.environment(sandbox: sandbox, directory: directory, databaseURL: databaseURL ?? "")
        if databaseURL == nil { environment["OMNEO_ID_DATABASE_URL"] = nil }
        environment["OMNEO_ID_RATE_LIMIT_TOKEN_MINT_FAILURES_IP"] = "4/h:4"
        environment["OMNEO_ID_RATE_LIMIT_FIND_OR_CREATE_IP"] = "3/h:3"
        environment["OMNEO_ID_RATE_LIMIT_FIND_OR_CREATE_TOKEN"] = "off"
        return environment
    }

    /// Statuses of `count` mints with wrong API tokens, alternating between `replicas`.
    static func guesses(_ count: Int, on replicas: [GatewayProcess]) async throws -> [UInt] {
        var statuses: [UInt] = []
        for index in 0..<count {
            let replica = replicas[index % replicas.count]
            statuses.append(try await Shared.post("\(replica.baseURL)/auth/token", bearer: "wrong-\(index)-\(UUID())", body: "{}").status)
        }
        return statuses
    }

    static func signups(_ count: Int, on replicas: [GatewayProcess], token: String) async throws -> [UInt] {
        var statuses: [UInt] = []
        for index in 0..<count {
            let replica = replicas[index % replicas.count]
            let email = "budget.\(UUID().uuidString.prefix(8))@example.com"
            statuses.append(try await Shared.post("\(replica.baseURL)/profiles", bearer: token, body: #"{"email":"\#(email)"}"#).status)
        }
        return statuses
    }

    @Test func theRefusedTokenAndSignupBudgetsHoldAcrossTwoReplicas() async throws {
        try await SandboxHarness.with { sandbox in
            let schema = try PostgresTestDatabase.makeSchema()
            let directory = NSTemporaryDirectory() + "omneo-id-budget-\(UUID().uuidString)"
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let environment = Self.environment(sandbox: sandbox, directory: directory, databaseURL: schema.url)
            let a = try await GatewayProcess(environment: environment)
            let b = try await GatewayProcess(environment: environment)
            try await Shared.waitUntilSynced(a, b)
            // The tenant's token is known valid on both replicas before the guessing starts.
            let anonymous = try await Shared.post("\(a.baseURL)/auth/token", bearer: sandbox.apiToken, body: "{}")
            #expect(anonymous.status == 200)
            #expect(try await Shared.post("\(b.baseURL)/auth/token", bearer: sandbox.apiToken, body: "{}").status == 200)

            // 4 refused tokens in all, whichever replica: the 5th and 6th guesses are 429.
            #expect(try await Self.guesses(6, on: [a, b]) == [401, 401, 401, 401, 429, 429])
            // The tenant's own back end is never locked out.
            #expect(try await Shared.post("\(a.baseURL)/auth/token", bearer: sandbox.apiToken, body: "{}").status == 200)
            #expect(try await Shared.post("\(b.baseURL)/auth/token", bearer: sandbox.apiToken, body: "{}").status == 200)

            // 3 sign-ups per client IP in all.
            let json = try JSONSerialization.jsonObject(with: Data(anonymous.body.utf8)) as? [String: Any]
            let token = try #require((json?["data"] as? [String: Any])?["token"] as? String)
            #expect(try await Self.signups(4, on: [a, b], token: token) == [200, 200, 200, 429])

            #expect(await a.stop() == 0)
            #expect(await b.stop() == 0)
            try await schema.drop()
        }
    }

    @Test func withoutADatabaseEachReplicaCountsAlone() async throws {
        try await SandboxHarness.with { sandbox in
            let directory = NSTemporaryDirectory() + "omneo-id-budget-local-\(UUID().uuidString)"
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let environment = Self.environment(sandbox: sandbox, directory: directory, databaseURL: nil)
            let a = try await GatewayProcess(environment: environment)
            let b = try await GatewayProcess(environment: environment)
            // The same six guesses: each replica allows its own four, so none is refused.
            #expect(try await Self.guesses(6, on: [a, b]) == [401, 401, 401, 401, 401, 401])
            #expect(await a.stop() == 0)
            #expect(await b.stop() == 0)
        }
    }
}
