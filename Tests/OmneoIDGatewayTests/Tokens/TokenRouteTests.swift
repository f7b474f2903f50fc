import AsyncHTTPClient
import Crypto
import Foundation
import JWTKit
import NIOCore
import NIOHTTP1
import OmneoIDConfiguration
import OmneoSandbox
import OmneoTestSupport
import Testing

@testable import OmneoIDGateway

/// `POST /id/api/v1/auth/token` and `/.well-known/jwks.json` over real HTTP, against the sandbox.
@Suite struct TokenRouteTests {
    struct Answer {
        let status: UInt
        let headers: HTTPHeaders
        let body: String
        var json: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:] }
        var token: String? { (json["data"] as? [String: Any])?["token"] as? String }
        var exp: Int? { (json["data"] as? [String: Any])?["exp"] as? Int }
    }

    static func mint(_ gateway: GatewayHarness, apiToken: String?, body: String?) async throws -> Answer {
        let answer = try await TestHTTP.send(
            .POST, "\(gateway.baseURL)/auth/token", token: apiToken, body: body, contentType: "application/json")
        return Answer(status: answer.status, headers: answer.headers, body: String(buffer: answer.body))
    }

    /// A sandbox and a gateway minting against it (upstream auth mode, the sandbox token as API token).
    static func withSandboxGateway(
        configure: @escaping (inout OmneoIDSettings) -> Void = { _ in },
        _ body: (SandboxHarness, GatewayHarness) async throws -> Void
    ) async throws {
        try await SandboxHarness.with { sandbox in
            let gateway = try await GatewayHarness(
                upstreamURL: sandbox.baseURL, upstreamToken: sandbox.apiToken, configure: configure)
            try await stopping(gateway) {
                try await body(sandbox, gateway)
            }
        }
    }

    static func claims(_ token: String) -> [String: Any] {
        TokenFixture.decodedSegments(token)[1]
    }

    @Test func mintsByProfileID() async throws {
        try await Self.withSandboxGateway { sandbox, gateway in
            let answer = try await Self.mint(
                gateway, apiToken: sandbox.apiToken, body: #"{"id":"\#(SandboxSeed.magentoProfileID)"}"#)
            #expect(answer.status == 200)
            #expect(answer.headers["Cache-Control"] == ["no-store"])
            let token = try #require(answer.token)
            let claims = Self.claims(token)
            #expect(claims["sub"] as? String == SandboxSeed.magentoProfileID)
            #expect(claims["pid"] as? String == SandboxSeed.magentoProfileID)
            #expect(claims["scope"] as? String == "profile")
            #expect(claims["exp"] as? Int == answer.exp)
            #expect(Set(claims.keys) == ["iss", "aud", "sub", "pid", "scope", "iat", "nbf", "exp", "jti"])
        }
    }

    @Test func mintsByIdentity() async throws {
        try await Self.withSandboxGateway { sandbox, gateway in
            let answer = try await Self.mint(
                gateway, apiToken: sandbox.apiToken, body: #"{"id":"1004993MH","id_handle":"magento_id"}"#)
            #expect(answer.status == 200)
            #expect(Self.claims(try #require(answer.token))["sub"] as? String == SandboxSeed.magentoProfileID)
        }
    }

    @Test func aNumericIDIsItsDecimalString() async throws {
        try await Self.withSandboxGateway { sandbox, gateway in
            let answer = try await Self.mint(
                gateway, apiToken: sandbox.apiToken, body: #"{"id":6012345678901,"id_handle":"shopify"}"#)
            #expect(answer.status == 200)
            #expect(Self.claims(try #require(answer.token))["sub"] as? String == SandboxSeed.magentoProfileID)
        }
    }

    @Test(arguments: [nil, "{}", #"{"id":null}"#, #"{"id":""}"#, #"{"id":"","id_handle":"magento_id"}"#])
    func mintsAnonymously(body: String?) async throws {
        try await Self.withSandboxGateway { sandbox, gateway in
            let answer = try await Self.mint(gateway, apiToken: sandbox.apiToken, body: body)
            #expect(answer.status == 200)
            let claims = Self.claims(try #require(answer.token))
            #expect(claims["sub"] == nil)
            #expect(claims["pid"] as? String == "null")
            #expect(claims["scope"] as? String == "anonymous")
        }
    }

    @Test func aWrongOrMissingAPITokenIs401() async throws {
        try await Self.withSandboxGateway { sandbox, gateway in
            for apiToken in [nil, "wrong-token", sandbox.apiToken + "x"] {
                let answer = try await Self.mint(gateway, apiToken: apiToken, body: "{}")
                #expect(answer.status == 401)
                #expect(answer.body == #"{"message":"Unauthenticated."}"#)
            }
        }
    }

    @Test(arguments: [
        #"{"id":"00000000-0000-0000-0000-000000000000"}"#,
        #"{"id":"no/such/profile"}"#,
        #"{"id":"0000000NOPE","id_handle":"magento_id"}"#,
    ])
    func anUnknownProfileIs404(body: String) async throws {
        try await Self.withSandboxGateway { sandbox, gateway in
            let answer = try await Self.mint(gateway, apiToken: sandbox.apiToken, body: body)
            #expect(answer.status == 404)
            #expect(answer.body == #"{"message":"Not Found."}"#)
        }
    }

    @Test(arguments: [
        (#"{"id":true}"#, "id"),
        (#"{"id":{"a":1}}"#, "id"),
        (#"{"id":1.5}"#, "id"),
        (#"{"id":"x","id_handle":7}"#, "id_handle"),
        (#"{"id":"x","scope":"admin"}"#, "scope"),
    ])
    func malformedFieldsAre422NamingTheField(body: String, field: String) async throws {
        try await Self.withSandboxGateway { sandbox, gateway in
            let answer = try await Self.mint(gateway, apiToken: sandbox.apiToken, body: body)
            #expect(answer.status == 422)
            let errors = answer.json["errors"] as? [String: [String]]
            #expect(errors?[field]?.isEmpty == false, "\(answer.body)")
        }
    }

    @Test func notJSONIs400() async throws {
        try await Self.withSandboxGateway { sandbox, gateway in
            let answer = try await Self.mint(gateway, apiToken: sandbox.apiToken, body: "{not json")
            #expect(answer.status == 400)
            #expect(answer.json["message"] is String)
        }
    }

    @Test func upstreamVerdictsAreCachedAndTheServiceTokenDoesTheLookUps() async throws {
        let handler: RecordingUpstream.Handler = { request in
            if request.path.hasSuffix("/auth/verify") {
                let ok = request.values("Authorization") == ["Bearer shop-api-token"]
                return .init(status: ok ? .ok : .unauthorized, body: .init(byteBuffer: ByteBuffer(string: ok ? #"{"data":{}}"# : #"{"message":"Unauthenticated."}"#)))
            }
            return .init(status: .ok, body: .init(byteBuffer: ByteBuffer(string: #"{"data":{"id":"abc-123"}}"#)))
        }
        let upstream = try await RecordingUpstream(handler: handler)
        let gateway = try await GatewayHarness(upstreamURL: upstream.baseURL, upstreamToken: "service-token")
        for _ in 0..<3 {
            #expect(try await Self.mint(gateway, apiToken: "shop-api-token", body: #"{"id":"abc-123"}"#).status == 200)
        }
        for _ in 0..<3 {
            #expect(try await Self.mint(gateway, apiToken: "bad-token", body: "{}").status == 401)
        }
        let verifies = upstream.requests.filter { $0.path == "/api/v3/auth/verify" }
        #expect(verifies.count == 2)
        let lookUps = upstream.requests.filter { $0.path == "/api/v3/profiles/abc-123" }
        #expect(lookUps.count == 3)
        #expect(lookUps.allSatisfy { $0.values("Authorization") == ["Bearer service-token"] })
        await gateway.stop()
        await upstream.stop()
    }

    @Test func staticModeAcceptsOnlyListedHashesWithoutAskingTheUpstream() async throws {
        let upstream = try await RecordingUpstream()
        let accepted = SHA256.hash(data: Array("static-api-token".utf8)).map { String(format: "%02x", $0) }.joined()
        let gateway = try await GatewayHarness(upstreamURL: upstream.baseURL) { $0.authMode = .staticHashes([accepted]) }
        #expect(try await Self.mint(gateway, apiToken: "static-api-token", body: "{}").status == 200)
        #expect(try await Self.mint(gateway, apiToken: "other-token", body: "{}").status == 401)
        #expect(upstream.requests.isEmpty)
        await gateway.stop()
        await upstream.stop()
    }

    @Test(arguments: TokenAlgorithm.allCases)
    func aThirdPartyVerifiesMintedTokensFromThePublishedJWKSAlone(algorithm: TokenAlgorithm) async throws {
        try await Self.withSandboxGateway(configure: { $0.tokenAlgorithm = algorithm }) { sandbox, gateway in
            let answer = try await Self.mint(gateway, apiToken: sandbox.apiToken, body: #"{"id":"1004993MH","id_handle":"magento_id"}"#)
            let token = try #require(answer.token)
            let jwks = try await HTTPClient.shared.execute(
                HTTPClientRequest(url: "http://127.0.0.1:\(gateway.port)/.well-known/jwks.json"), timeout: .seconds(120))
            let json = String(buffer: try await jwks.body.collect(upTo: 1 << 20))
            #expect(!json.contains("\"d\""))
            #expect(!json.contains("\"k\""))
            if algorithm == .hs256 {
                #expect(json == #"{"keys":[]}"#)
                return
            }
            struct Claims: JWTPayload {
                let sub: SubjectClaim
                let aud: AudienceClaim
                let exp: ExpirationClaim
                func verify(using algorithm: some JWTAlgorithm) throws { try exp.verifyNotExpired() }
            }
            let keys = try await JWTKeyCollection().add(jwksJSON: json)
            let verified = try await keys.verify(token, as: Claims.self)
            #expect(verified.sub.value == SandboxSeed.magentoProfileID)
            #expect(verified.aud.value == ["sandbox"])
        }
    }

    @Test func aTokenSurvivesARestart() async throws {
        try await SandboxHarness.with { sandbox in
            let keysFile = NSTemporaryDirectory() + "omneo-id-restart-\(UUID().uuidString).json"
            defer { try? FileManager.default.removeItem(atPath: keysFile) }
            let first = try await GatewayHarness(upstreamURL: sandbox.baseURL, upstreamToken: sandbox.apiToken) {
                $0.keysFile = keysFile
            }
            let token = try #require(
                try await Self.mint(first, apiToken: sandbox.apiToken, body: #"{"id":"1004993MH","id_handle":"magento_id"}"#).token)
            await first.stop()
            let second = try await GatewayHarness(upstreamURL: sandbox.baseURL, upstreamToken: sandbox.apiToken) {
                $0.keysFile = keysFile
            }
            var request = HTTPClientRequest(url: "\(second.baseURL)/profiles/me")
            request.headers.add(name: "Authorization", value: "Bearer \(token)")
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(120))
            #expect(response.status == .ok)
            await second.stop()
        }
    }
}
