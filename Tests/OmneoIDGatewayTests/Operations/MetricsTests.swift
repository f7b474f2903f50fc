import AsyncHTTPClient
import Foundation
import Hummingbird
import Logging
import NIOCore
import NIOHTTP1
import OmneoIDConfiguration
import OmneoTestSupport
import Testing

@testable import OmneoIDGateway

/// The admin listener's `/metrics`, fed by real traffic on the public listener.
@Suite struct MetricsTests {
    static let apiToken = "metrics-api-token-0123456789"

    /// A gateway recording into `admin`'s registry, and `admin` serving it on its own port.
    static func withAdmin(
        handler: @escaping RecordingUpstream.Handler = RecordingUpstream.echo,
        configure: @escaping (inout OmneoIDSettings) -> Void = { _ in },
        _ body: (RecordingUpstream, GatewayHarness, Int) async throws -> Void
    ) async throws {
        let admin = AdminServer()
        let server = try await ServerTask { onRunning in
            admin.makeApplication(
                host: "127.0.0.1", port: 0, logger: Logger(label: "admin-test", factory: { _ in SwiftLogNoOpLogHandler() }),
                onServerRunning: onRunning)
        }
        try await stopping(server) {
            try await Operations.withGateway(handler: handler, admin: admin, configure: configure) { upstream, gateway in
                try await body(upstream, gateway, server.port)
            }
        }
    }

    static func scrape(_ port: Int) async throws -> String {
        let answer = try await Operations.send(.GET, "http://127.0.0.1:\(port)/metrics")
        #expect(answer.status == 200)
        #expect(answer.header("Content-Type") == "text/plain; version=0.0.4; charset=utf-8")
        return answer.body
    }

    @Test func trafficShowsUpOnTheAdminListener() async throws {
        let handler: RecordingUpstream.Handler = { request in
            if request.path.hasSuffix("/boom") {
                return Response(status: .badGateway, body: .init(byteBuffer: ByteBuffer(string: "{}")))
            }
            return try await RecordingUpstream.echo(request)
        }
        try await Self.withAdmin(handler: handler, configure: {
            $0.authMode = .staticHashes([Operations.sha256Hex(Self.apiToken)])
            $0.rateLimitProfilesMe = .init(perSecond: 1.0 / 3600, burst: 3)
        }) { _, gateway, adminPort in
            let base = gateway.baseURL
            let mint = try await Operations.send(.POST, base + "/auth/token", token: Self.apiToken)
            #expect(mint.status == 200)
            let token = try await gateway.token(for: Operations.profileID)
            #expect(try await Operations.send(.GET, base + "/profiles/me", token: token).status == 200)
            #expect(try await Operations.send(.GET, base + "/profiles/me/lists/1", token: token).status == 200)
            #expect(try await Operations.send(.GET, base + "/profiles/me/boom", token: token).status == 502)
            #expect(try await Operations.send(.GET, base + "/locations", token: token).status == 200)
            #expect(try await Operations.send(.GET, base + "/locations", token: token).status == 200)
            #expect(try await Operations.send(.GET, base + "/profiles/me", token: token).status == 429)
            #expect(try await Operations.send(.GET, base + "/nowhere").status == 404)

            let text = try await Self.scrape(adminPort)
            func value(_ series: String) -> Double? { Operations.value(text, series) }
            #expect(value(#"omneo_id_http_requests_total{route="/id/api/v1/auth/token",method="POST",status="200"}"#) == 1)
            #expect(value(#"omneo_id_http_requests_total{route="/id/api/v1/profiles/me",method="GET",status="200"}"#) == 1)
            #expect(value(#"omneo_id_http_requests_total{route="/id/api/v1/profiles/me/**",method="GET",status="200"}"#) == 1)
            #expect(value(#"omneo_id_http_requests_total{route="/id/api/v1/profiles/me/**",method="GET",status="502"}"#) == 1)
            #expect(value(#"omneo_id_http_requests_total{route="/id/api/v1/profiles/me",method="GET",status="429"}"#) == 1)
            #expect(value(#"omneo_id_http_requests_total{route="/id/api/v1/locations",method="GET",status="200"}"#) == 2)
            #expect(value(#"omneo_id_http_requests_total{route="NotFound",method="GET",status="404"}"#) == 1)
            #expect(value(#"omneo_id_http_request_duration_seconds_count{route="/id/api/v1/locations",method="GET",status="200"}"#) == 2)
            #expect(text.contains(#"omneo_id_http_request_duration_seconds_bucket{route="/id/api/v1/auth/token",method="POST",status="200",le="0.005"}"#))
            #expect(value(#"omneo_id_tokens_minted_total{kind="anonymous"}"#) == 1)
            #expect(value(#"omneo_id_locations_cache_hits_total"#) == 1)
            #expect(value(#"omneo_id_locations_cache_misses_total"#) == 1)
            #expect(value(#"omneo_id_upstream_request_duration_seconds_count{call="proxy"}"#) == 3)
            #expect(value(#"omneo_id_upstream_request_duration_seconds_count{call="json"}"#) == 1)
            #expect(value(#"omneo_id_upstream_errors_total{call="proxy",kind="status_5xx"}"#) == 1)
            #expect(value(#"omneo_id_upstream_errors_total{call="proxy",kind="unavailable"}"#) == 0)
            #expect(value(#"omneo_id_rate_limited_total{limit="profiles_me"}"#) == 1)
            // Nothing secret in the exposition.
            #expect(!text.contains(token))
            #expect(!text.contains(Self.apiToken))
            #expect(!text.contains(Operations.profileID))
        }
    }

    @Test func metricsAreNotServedOnThePublicListener() async throws {
        try await Self.withAdmin { _, gateway, adminPort in
            for path in ["/metrics", "/id/api/v1/metrics", "/metrics/"] {
                let answer = try await Operations.send(.GET, "http://127.0.0.1:\(gateway.port)\(path)")
                #expect(answer.status == 404)
                #expect(answer.body == #"{"message":"Not Found."}"#)
            }
            // The admin listener serves nothing but /metrics.
            #expect(try await Operations.send(.GET, "http://127.0.0.1:\(adminPort)/id/api/v1/profiles/me").status == 404)
            #expect(try await Operations.send(.GET, "http://127.0.0.1:\(adminPort)/health/live").status == 404)
            _ = try await Self.scrape(adminPort)
        }
    }

    @Test func upstreamFailuresAreCounted() async throws {
        let admin = AdminServer()
        let gateway = try await GatewayHarness(upstreamURL: "http://127.0.0.1:1/api/v3", admin: admin) {
            $0.locationsPublic = true
        }
        try await stopping(gateway) {
            let token = try await gateway.token(for: Operations.profileID)
            #expect(try await Operations.send(.GET, gateway.baseURL + "/profiles/me", token: token).status == 502)
            #expect(try await Operations.send(.GET, gateway.baseURL + "/locations").status == 502)
            let text = admin.registry.emitToString()
            #expect(Operations.value(text, #"omneo_id_upstream_errors_total{call="proxy",kind="unavailable"}"#) == 1)
            #expect(Operations.value(text, #"omneo_id_upstream_errors_total{call="json",kind="unavailable"}"#) == 1)
        }
    }
}
