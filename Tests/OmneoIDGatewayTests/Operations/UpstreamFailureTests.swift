import AsyncHTTPClient
import Foundation
import Hummingbird
import Logging
import NIOCore
import OmneoTestSupport
import Testing

@testable import OmneoIDGateway

/// DESIGN §2.2: the upstream refusing the service token is 502 "Upstream refused the
/// gateway's credentials.", and every upstream failure a client sees is counted by kind
/// and logged (at most once a second per kind).
@Suite struct UpstreamFailureTests {
    static let apiToken = "failure-api-token-0123456789"
    static let refusedBody = #"{"message":"Upstream refused the gateway's credentials."}"#

    /// An upstream that refuses every request (as it would a wrong `OMNEO_ID_UPSTREAM_TOKEN`).
    static let refusing: RecordingUpstream.Handler = { _ in
        Response(
            status: .unauthorized, headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(string: #"{"message":"Unauthenticated."}"#)))
    }

    @Test func aRefusedServiceTokenIs502NamingTheCredentialsAndCounted() async throws {
        try await MetricsTests.withAdmin(handler: Self.refusing, configure: {
            $0.authMode = .staticHashes([Operations.sha256Hex(Self.apiToken)])
        }) { upstream, gateway, adminPort in
            // Minting by profile id: the look-up is refused (was: 502 "Upstream unavailable.").
            let mint = try await Operations.send(
                .POST, gateway.baseURL + "/auth/token", token: Self.apiToken, body: #"{"id":"abc-123"}"#)
            #expect(mint.status == 502)
            #expect(mint.body == Self.refusedBody)
            // The proxy: the shopper's credentials never go upstream, so a 401 there is the service token's.
            let token = try await gateway.token(for: Operations.profileID)
            let proxied = try await Operations.send(.GET, gateway.baseURL + "/profiles/me", token: token)
            #expect(proxied.status == 502)
            #expect(proxied.body == Self.refusedBody)
            // Locations and find-or-create too.
            let locations = try await Operations.send(.GET, gateway.baseURL + "/locations", token: token)
            #expect(locations.status == 502)
            #expect(locations.body == Self.refusedBody)
            #expect(upstream.requests.count >= 3)
            let metrics = try await MetricsTests.scrape(adminPort)
            let json = Operations.value(metrics, #"omneo_id_upstream_errors_total{call="json",kind="refused_credentials"}"#)
            let proxy = Operations.value(metrics, #"omneo_id_upstream_errors_total{call="proxy",kind="refused_credentials"}"#)
            #expect((json ?? 0) >= 2)
            #expect(proxy == 1)
        }
    }

    @Test func aCallersRefusedAPITokenIsStill401() async throws {
        // `/auth/verify` with the caller's own token answering 401 is an answer about that token.
        try await Operations.withGateway(handler: Self.refusing) { _, gateway in
            let mint = try await Operations.send(.POST, gateway.baseURL + "/auth/token", token: "not-a-real-token-0123456789")
            #expect(mint.status == 401)
        }
    }

    @Test func failuresAreLoggedAtMostOncePerSecondPerKindWithTheSuppressedCount() {
        let store = CapturingLogHandler.Store()
        let clock = ManualClock()
        let log = UpstreamFailureLog(logger: CapturingLogHandler.logger(store), now: { clock.now })
        log.report(call: "json", kind: "unavailable", requestID: "req-1")
        log.report(call: "json", kind: "unavailable", requestID: "req-2")
        log.report(call: "proxy", kind: "unavailable", requestID: "req-3")
        log.report(call: "proxy", kind: "timeout", requestID: "req-4")
        clock.advance(by: 1_000_000_000)
        log.report(call: "proxy", kind: "unavailable", requestID: "req-5")
        let lines = store.lines.withLock { $0 }
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("warning upstream failure"))
        #expect(lines[0].contains("request_id=req-1") && lines[0].contains("upstream.kind=unavailable"))
        #expect(lines[0].contains("upstream.call=json") && lines[0].contains("suppressed=0"))
        #expect(lines[1].contains("upstream.kind=timeout") && lines[1].contains("request_id=req-4"))
        #expect(lines[2].contains("request_id=req-5") && lines[2].contains("suppressed=2"))
    }

    @Test func aRefusedConnectionIsLogged() async throws {
        // Nothing listens on this port: every call is refused at connect.
        let store = CapturingLogHandler.Store()
        let gateway = try await GatewayHarness(upstreamURL: "http://127.0.0.1:9/api/v3") {
            $0.authMode = .staticHashes([Operations.sha256Hex(Self.apiToken)])
        }
        var upstream = gateway.gateway.upstream
        upstream.failureLog = UpstreamFailureLog(logger: CapturingLogHandler.logger(store))
        await #expect(throws: UpstreamError.unavailable) {
            _ = try await upstream.json(.GET, "/profiles/x", requestID: "req-refused")
        }
        #expect(store.text.contains("upstream.kind=unavailable"))
        #expect(store.text.contains("request_id=req-refused"))
        await gateway.stop()
    }
}

/// A clock tests move by hand.
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var value: UInt64 = 1_000_000_000
    var now: UInt64 { lock.withLock { value } }
    func advance(by nanoseconds: UInt64) { lock.withLock { value += nanoseconds } }
}
