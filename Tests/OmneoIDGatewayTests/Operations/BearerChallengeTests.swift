import Crypto
import Foundation
import NIOHTTP1
import OmneoIDConfiguration
import OmneoTestSupport
import Testing

@testable import OmneoIDGateway

/// 401s carry RFC 6750's challenge, and the CORS header list is the operator's.
@Suite struct BearerChallengeTests {
    @Test func aMissingIDTokenIsChallengedWithBearer() async throws {
        try await Operations.withGateway { upstream, gateway in
            let answer = try await Operations.send(.GET, gateway.baseURL + "/profiles/me")
            #expect(answer.status == 401)
            #expect(answer.header("WWW-Authenticate") == "Bearer")
            #expect(answer.body == #"{"message":"Unauthenticated."}"#)
            #expect(upstream.requests.isEmpty)
        }
    }

    @Test func anInvalidIDTokenIsChallengedWithInvalidToken() async throws {
        try await Operations.withGateway { _, gateway in
            let answer = try await Operations.send(.GET, gateway.baseURL + "/profiles/me", token: "not.a.token")
            #expect(answer.status == 401)
            #expect(answer.header("WWW-Authenticate") == #"Bearer error="invalid_token""#)
        }
    }

    @Test func aRefusedAPITokenIsChallengedWithInvalidToken() async throws {
        let accepted = SHA256.hash(data: Data("the-right-api-token".utf8)).map { String(format: "%02x", $0) }.joined()
        try await Operations.withGateway(configure: { $0.authMode = .staticHashes([accepted]) }) { _, gateway in
            let wrong = try await Operations.send(.POST, gateway.baseURL + "/auth/token", token: "a-wrong-api-token")
            #expect(wrong.status == 401)
            #expect(wrong.header("WWW-Authenticate") == #"Bearer error="invalid_token""#)
            let none = try await Operations.send(.POST, gateway.baseURL + "/auth/token")
            #expect(none.status == 401)
            #expect(none.header("WWW-Authenticate") == "Bearer")
        }
    }

    @Test func theCORSAllowedHeadersAreConfigurable() async throws {
        let configure: (inout OmneoIDSettings) -> Void = {
            $0.corsOrigins = .list([CORSTests.shop])
            $0.corsAllowedHeaders = ["Authorization", "Content-Type", "baggage", "sentry-trace"]
        }
        try await Operations.withGateway(configure: configure) { _, gateway in
            let answer = try await CORSTests.preflight(gateway.baseURL + "/profiles/me")
            #expect(answer.status == 204)
            #expect(answer.list("Access-Control-Allow-Headers") == ["Authorization", "Content-Type", "baggage", "sentry-trace"])
        }
    }

    @Test func corsAllowedHeadersAreValidatedAtStart() throws {
        let settings = try SettingsLoader(environment: ["OMNEO_ID_CORS_ALLOWED_HEADERS": "Authorization, baggage"]).load()
        #expect(settings.corsAllowedHeaders == ["Authorization", "baggage"])
        #expect(throws: ConfigurationError.self) {
            try SettingsLoader(environment: ["OMNEO_ID_CORS_ALLOWED_HEADERS": "Authorization, bad header"]).load()
        }
    }
}
