import AsyncHTTPClient
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NIOHTTP1
import OmneoIDConfiguration
import OmneoTestSupport
import Testing

@testable import OmneoIDGateway

/// `OMNEO_ID_CORS_ORIGINS` over real HTTP: preflights, allowed and refused origins, and CORS
/// headers on error responses.
@Suite struct CORSTests {
    static let shop = "https://shop.example.com"
    static let evil = "https://evil.example.net"

    static func listed(_ settings: inout OmneoIDSettings) {
        settings.corsOrigins = .list([shop, "http://localhost:3000"])
    }

    static func preflight(_ url: String, origin: String = shop, method: String = "GET") async throws -> Operations.Answer {
        try await Operations.send(
            .OPTIONS, url,
            headers: [
                ("Origin", origin), ("Access-Control-Request-Method", method),
                ("Access-Control-Request-Headers", "authorization, content-type, x-request-id"),
            ])
    }

    static let proxyMethods = "GET, HEAD, POST, PUT, PATCH, DELETE"

    @Test(arguments: [
        ("/id/api/v1/auth/token", "POST"),
        ("/id/api/v1/profiles/me", proxyMethods),
        ("/id/api/v1/profiles/me/lists/wishlist/items", proxyMethods),
        ("/id/api/v1//profiles/me/identities", proxyMethods),
        ("/id/api/v1/profiles", "POST"),
        ("/id/api/v1/locations", "GET, HEAD"),
        ("/id/api/v1/locations/12", "GET, HEAD"),
        ("/.well-known/jwks.json", "GET"),
        ("/health/live", "GET"),
        ("/health/ready", "GET"),
    ])
    func preflightsAreAnsweredWithoutATokenOnEveryPublicRoute(path: String, methods: String) async throws {
        try await Operations.withGateway(configure: Self.listed) { upstream, gateway in
            let answer = try await Self.preflight("http://127.0.0.1:\(gateway.port)\(path)")
            #expect(answer.status == 204)
            #expect(answer.header("Access-Control-Allow-Origin") == Self.shop)
            #expect(answer.header("Access-Control-Allow-Methods") == methods)
            #expect(answer.header("Access-Control-Allow-Credentials") == "true")
            let allowed = Set(answer.list("Access-Control-Allow-Headers").map { $0.lowercased() })
            #expect(allowed.isSuperset(of: ["authorization", "content-type", "x-request-id", "if-none-match"]))
            #expect(answer.header("Access-Control-Max-Age") == "600")
            #expect(answer.list("Vary").contains("Origin"))
            #expect(answer.header("X-Request-Id") != nil)
            #expect(answer.body.isEmpty)
            #expect(upstream.requests.isEmpty)
        }
    }

    @Test func anOptionsRequestThatIsNotAPreflightStaysA405() async throws {
        try await Operations.withGateway(configure: Self.listed) { _, gateway in
            let token = try await gateway.token(for: Operations.profileID)
            // An Origin without Access-Control-Request-Method is not a preflight.
            let withOrigin = try await Operations.send(
                .OPTIONS, gateway.baseURL + "/profiles/me", token: token, headers: [("Origin", Self.shop)])
            #expect(withOrigin.status == 405)
            #expect(withOrigin.header("Allow") == Self.proxyMethods)
            #expect(withOrigin.header("Access-Control-Allow-Origin") == Self.shop)
            #expect(withOrigin.header("Access-Control-Allow-Methods") == nil)
            let plain = try await Operations.send(.OPTIONS, gateway.baseURL + "/locations", token: token)
            #expect(plain.status == 405)
            #expect(plain.header("Access-Control-Allow-Origin") == nil)
        }
    }

    @Test func anAllowedOriginCanReadAnAnswerAndItsHeaders() async throws {
        try await Operations.withGateway(configure: Self.listed) { _, gateway in
            let token = try await gateway.token(for: Operations.profileID)
            let answer = try await Operations.send(
                .GET, gateway.baseURL + "/profiles/me", token: token, headers: [("Origin", "http://localhost:3000")])
            #expect(answer.status == 200)
            #expect(answer.header("Access-Control-Allow-Origin") == "http://localhost:3000")
            #expect(answer.header("Access-Control-Allow-Credentials") == "true")
            let exposed = Set(answer.list("Access-Control-Expose-Headers"))
            #expect(exposed.isSuperset(of: ["X-Request-Id", "Retry-After", "ETag"]))
            #expect(answer.list("Vary").contains("Origin"))
        }
    }

    @Test func aRefusedOriginGetsNoCORSHeaders() async throws {
        try await Operations.withGateway(configure: Self.listed) { upstream, gateway in
            let token = try await gateway.token(for: Operations.profileID)
            let answer = try await Operations.send(
                .GET, gateway.baseURL + "/profiles/me", token: token, headers: [("Origin", Self.evil)])
            #expect(answer.status == 200)
            #expect(answer.headers.allSatisfy { !$0.name.lowercased().hasPrefix("access-control-") })
            #expect(answer.list("Vary").contains("Origin"))
            let preflight = try await Self.preflight(gateway.baseURL + "/profiles/me", origin: Self.evil)
            #expect(preflight.headers.allSatisfy { !$0.name.lowercased().hasPrefix("access-control-") })
            #expect(preflight.status != 204)
            // `null` (sandboxed frames, file: pages) is never allowed by a list.
            let null = try await Self.preflight(gateway.baseURL + "/profiles/me", origin: "null")
            #expect(null.header("Access-Control-Allow-Origin") == nil)
            #expect(upstream.requests.count == 1)
        }
    }

    @Test func aWildcardAllowsEveryOriginWithoutCredentials() async throws {
        try await Operations.withGateway(configure: { $0.corsOrigins = .any }) { _, gateway in
            let preflight = try await Self.preflight(gateway.baseURL + "/auth/token", origin: Self.evil, method: "POST")
            #expect(preflight.status == 204)
            #expect(preflight.header("Access-Control-Allow-Origin") == "*")
            #expect(preflight.header("Access-Control-Allow-Credentials") == nil)
            let answer = try await Operations.send(.GET, gateway.baseURL + "/locations", headers: [("Origin", Self.evil)])
            #expect(answer.status == 401)
            #expect(answer.header("Access-Control-Allow-Origin") == "*")
            #expect(answer.header("Access-Control-Allow-Credentials") == nil)
        }
    }

    @Test func withoutTheSettingThereIsNoCORSAtAll() async throws {
        let handler: RecordingUpstream.Handler = { _ in
            // An upstream's own CORS headers never reach the browser: the gateway's policy is the only one.
            Response(
                status: .ok,
                headers: [
                    .contentType: "application/json", .accessControlAllowOrigin: "*",
                    .accessControlAllowCredentials: "true",
                ], body: .init(byteBuffer: ByteBuffer(string: "{}")))
        }
        try await Operations.withGateway(handler: handler) { _, gateway in
            let token = try await gateway.token(for: Operations.profileID)
            let preflight = try await Self.preflight(gateway.baseURL + "/profiles/me")
            #expect(preflight.status == 405)
            #expect(preflight.header("Access-Control-Allow-Origin") == nil)
            let answer = try await Operations.send(
                .GET, gateway.baseURL + "/profiles/me", token: token, headers: [("Origin", Self.shop)])
            #expect(answer.status == 200)
            #expect(answer.headers.allSatisfy { !$0.name.lowercased().hasPrefix("access-control-") })
            #expect(answer.header("Vary") == nil)
        }
    }

    @Test func upstreamCORSHeadersAreReplacedByTheGatewaysOwn() async throws {
        let handler: RecordingUpstream.Handler = { _ in
            Response(
                status: .ok, headers: [.contentType: "application/json", .accessControlAllowOrigin: "*"],
                body: .init(byteBuffer: ByteBuffer(string: "{}")))
        }
        try await Operations.withGateway(handler: handler, configure: Self.listed) { _, gateway in
            let token = try await gateway.token(for: Operations.profileID)
            let answer = try await Operations.send(
                .GET, gateway.baseURL + "/profiles/me", token: token, headers: [("Origin", Self.shop)])
            #expect(answer.headers["Access-Control-Allow-Origin"] == [Self.shop])
        }
    }

    /// Each error status, from an allowed origin, carries the CORS headers.
    @Test func errorResponsesCarryTheCORSHeaders() async throws {
        let handler: RecordingUpstream.Handler = { request in
            if request.path.hasSuffix("/boom") {
                return Response(status: .internalServerError, body: .init(byteBuffer: ByteBuffer(string: "{}")))
            }
            return try await RecordingUpstream.echo(request)
        }
        try await Operations.withGateway(
            handler: handler,
            configure: {
                Self.listed(&$0)
                $0.maxBody = 16
                $0.rateLimitFindOrCreateToken = .init(perSecond: 0.001, burst: 1)
            }
        ) { _, gateway in
            let token = try await gateway.token(for: Operations.profileID)
            let origin = [("Origin", Self.shop)]
            var answers: [(UInt, Operations.Answer)] = []
            answers.append((400, try await Operations.send(.GET, gateway.baseURL + "/profiles/me/%2e%2e", token: token, headers: origin)))
            answers.append((401, try await Operations.send(.GET, gateway.baseURL + "/profiles/me", headers: origin)))
            answers.append((404, try await Operations.send(.GET, gateway.baseURL + "/nowhere", token: token, headers: origin)))
            answers.append((405, try await Operations.send(.DELETE, gateway.baseURL + "/locations", token: token, headers: origin)))
            answers.append(
                (413, try await Operations.send(.POST, gateway.baseURL + "/profiles/me/lists", token: token, headers: origin, body: String(repeating: "x", count: 64))))
            answers.append((422, try await Operations.send(.POST, gateway.baseURL + "/profiles", token: token, headers: origin, body: #"{"email":1}"#)))
            answers.append((429, try await Operations.send(.POST, gateway.baseURL + "/profiles", token: token, headers: origin, body: #"{"email":1}"#)))
            answers.append((500, try await Operations.send(.GET, gateway.baseURL + "/profiles/me/boom", token: token, headers: origin)))
            for (status, answer) in answers {
                #expect(answer.status == status)
                #expect(answer.header("Access-Control-Allow-Origin") == Self.shop, "status \(status)")
                #expect(answer.list("Access-Control-Expose-Headers").contains("X-Request-Id"), "status \(status)")
                #expect(answer.list("Vary").contains("Origin"), "status \(status)")
                #expect(answer.header("X-Request-Id") != nil)
            }
        }
    }

    @Test func anUnreachableUpstreamsAnswerCarriesTheCORSHeaders() async throws {
        let gateway = try await GatewayHarness(upstreamURL: "http://127.0.0.1:1/api/v3", configure: Self.listed)
        try await stopping(gateway) {
            let token = try await gateway.token(for: Operations.profileID)
            let answer = try await Operations.send(
                .GET, gateway.baseURL + "/profiles/me", token: token, headers: [("Origin", Self.shop)])
            #expect(answer.status == 502)
            #expect(answer.body == #"{"message":"Upstream unavailable."}"#)
            #expect(answer.header("Access-Control-Allow-Origin") == Self.shop)
        }
    }

    @Test func routeFamilies() {
        typealias CORS = GatewayCORSMiddleware
        #expect(CORS.family(of: "/id/api/v1/profiles/me?x=1")?.template == "/id/api/v1/profiles/me")
        #expect(CORS.family(of: "/id/api/v1/profiles/me/a/b")?.template == "/id/api/v1/profiles/me/**")
        #expect(CORS.family(of: "/id/api/v1/profiles/other") == nil)
        #expect(CORS.family(of: "/id/api/v1/profiles/me/%2e%2e") == nil)
        #expect(CORS.family(of: "/id/api/v1/locations/1/2") == nil)
        #expect(CORS.family(of: "/id/api/v1/openapi.json")?.methods == "GET")
        #expect(CORS.family(of: "/metrics") == nil)
        #expect(CORS.family(of: "http://x/id/api/v1/profiles") == nil)
    }
}
