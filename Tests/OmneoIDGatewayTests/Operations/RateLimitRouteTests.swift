import AsyncHTTPClient
import Foundation
import NIOHTTP1
import OmneoIDConfiguration
import OmneoTestSupport
import Testing

@testable import OmneoIDGateway

/// The abuse limits over real HTTP: 429 with `Retry-After`, keyed as DESIGN §2.5 says,
/// and decided before any upstream call.
@Suite struct RateLimitRouteTests {
    static let apiToken = "api-token-one-0123456789"
    static let otherAPIToken = "api-token-two-0123456789"
    /// Practically no refill during a test.
    static func slow(burst: Int) -> OmneoIDSettings.RateLimit { .init(perSecond: 1.0 / 3600, burst: burst) }

    static func expectTooManyAttempts(_ answer: Operations.Answer, retryAfterAtLeast: Int = 1) {
        #expect(answer.status == 429)
        #expect(answer.body == #"{"message":"Too Many Attempts."}"#)
        #expect(answer.header("Content-Type")?.hasPrefix("application/json") == true)
        let retryAfter = answer.header("Retry-After").flatMap(Int.init)
        #expect((retryAfter ?? 0) >= retryAfterAtLeast)
        #expect(answer.header("X-Request-Id") != nil)
    }

    @Test func tokenMintingIsLimitedPerAPIToken() async throws {
        try await Operations.withGateway(configure: {
            $0.authMode = .staticHashes([Operations.sha256Hex(Self.apiToken), Operations.sha256Hex(Self.otherAPIToken)])
            $0.rateLimitTokenMint = Self.slow(burst: 3)
        }) { _, gateway in
            let url = gateway.baseURL + "/auth/token"
            for _ in 0..<3 {
                #expect(try await Operations.send(.POST, url, token: Self.apiToken).status == 200)
            }
            let limited = try await Operations.send(.POST, url, token: Self.apiToken)
            Self.expectTooManyAttempts(limited, retryAfterAtLeast: 3000)
            // Another API token has its own bucket; no token at all is still just 401.
            #expect(try await Operations.send(.POST, url, token: Self.otherAPIToken).status == 200)
            #expect(try await Operations.send(.POST, url).status == 401)
        }
    }

    @Test func refusedAPITokensAreLimitedPerClientIPAndSuccessesAreNot() async throws {
        try await Operations.withGateway(configure: {
            $0.authMode = .staticHashes([Operations.sha256Hex(Self.apiToken)])
            $0.rateLimitTokenMint = nil
            $0.rateLimitTokenMintFailuresIP = Self.slow(burst: 3)
        }) { _, gateway in
            let url = gateway.baseURL + "/auth/token"
            // Successes cost nothing.
            for _ in 0..<5 {
                #expect(try await Operations.send(.POST, url, token: Self.apiToken).status == 200)
            }
            // Three guesses (each a different token, so the per-token limit cannot help) …
            for guess in 0..<3 {
                #expect(try await Operations.send(.POST, url, token: "guess-\(guess)-0123456789abcdef").status == 401)
            }
            // … then this IP gets 429 before any check for guesses, but never for the right token
            // (DESIGN §2.6: a stranger behind the same balancer must not lock the back end out).
            Self.expectTooManyAttempts(
                try await Operations.send(.POST, url, token: "guess-3-0123456789abcdef"), retryAfterAtLeast: 3000)
            #expect(try await Operations.send(.POST, url, token: Self.apiToken).status == 200)
        }
    }

    @Test func refusedAPITokensInUpstreamModeStopReachingTheUpstream() async throws {
        try await Operations.withGateway(configure: { $0.rateLimitTokenMintFailuresIP = Self.slow(burst: 2) }) {
            upstream, gateway in
            let url = gateway.baseURL + "/auth/token"
            // Without a bearer token the route answers 401 without asking the upstream; that counts too.
            for _ in 0..<2 {
                #expect(try await Operations.send(.POST, url).status == 401)
            }
            upstream.reset()
            Self.expectTooManyAttempts(try await Operations.send(.POST, url, token: "never-verified-0123456789"))
            #expect(upstream.requests.isEmpty)
        }
    }

    @Test func tokenMintingIsLimitedBeforeTheUpstreamIsAsked() async throws {
        try await Operations.withGateway(configure: { $0.rateLimitTokenMint = Self.slow(burst: 2) }) { upstream, gateway in
            // Upstream auth mode: the echo upstream answers 200 to /auth/verify (the verdict is cached).
            let url = gateway.baseURL + "/auth/token"
            for _ in 0..<2 {
                #expect(try await Operations.send(.POST, url, token: Self.apiToken).status == 200)
            }
            upstream.reset()
            let limited = try await Operations.send(.POST, url, token: Self.apiToken, body: #"{"id":"x"}"#)
            Self.expectTooManyAttempts(limited)
            #expect(upstream.requests.isEmpty)
        }
    }

    @Test func theProxyIsLimitedPerProfileBeforeForwarding() async throws {
        try await Operations.withGateway(configure: { $0.rateLimitProfilesMe = Self.slow(burst: 2) }) { upstream, gateway in
            let token = try await gateway.token(for: Operations.profileID)
            let sameProfile = try await gateway.token(for: Operations.profileID)
            let otherProfile = try await gateway.token(for: Operations.otherProfileID)
            #expect(try await Operations.send(.GET, gateway.baseURL + "/profiles/me", token: token).status == 200)
            #expect(try await Operations.send(.GET, gateway.baseURL + "/profiles/me/lists", token: token).status == 200)
            Self.expectTooManyAttempts(try await Operations.send(.GET, gateway.baseURL + "/profiles/me", token: token))
            // Every token of one profile shares its bucket; another profile has its own.
            Self.expectTooManyAttempts(
                try await Operations.send(.DELETE, gateway.baseURL + "/profiles/me/lists/1", token: sameProfile))
            #expect(try await Operations.send(.GET, gateway.baseURL + "/profiles/me", token: otherProfile).status == 200)
            #expect(upstream.requests.count == 3)
            // Refused requests are not counted against anyone: no token, a bad token, TRACE.
            #expect(try await Operations.send(.GET, gateway.baseURL + "/profiles/me").status == 401)
            #expect(try await Operations.send(.GET, gateway.baseURL + "/profiles/me", token: "x.y.z").status == 401)
        }
    }

    @Test func findOrCreateIsLimitedPerClientIP() async throws {
        try await Operations.withGateway(configure: {
            $0.rateLimitFindOrCreateIP = Self.slow(burst: 2)
            $0.rateLimitFindOrCreateToken = nil
        }) { upstream, gateway in
            let url = gateway.baseURL + "/profiles"
            let body = #"{"email":"ann@example.com"}"#
            for _ in 0..<2 {
                let answer = try await Operations.send(.POST, url, token: try await gateway.anonymousToken(), body: body)
                #expect(answer.status != 429)
            }
            upstream.reset()
            // A fresh token does not help: the IP is out of attempts, and nothing went upstream.
            let limited = try await Operations.send(.POST, url, token: try await gateway.anonymousToken(), body: body)
            Self.expectTooManyAttempts(limited)
            #expect(upstream.requests.isEmpty)
            // Even without a token, the IP limit answers first.
            Self.expectTooManyAttempts(try await Operations.send(.POST, url, body: body))
        }
    }

    @Test func behindATrustedProxyTheForwardedClientIsTheKey() async throws {
        try await Operations.withGateway(configure: {
            $0.rateLimitFindOrCreateIP = Self.slow(burst: 1)
            $0.rateLimitFindOrCreateToken = nil
            $0.trustedProxies = [CIDR("127.0.0.0/8")!]
        }) { _, gateway in
            let url = gateway.baseURL + "/profiles"
            let token = try await gateway.anonymousToken()
            let body = #"{"email":"ann@example.com"}"#
            let first = try await Operations.send(.POST, url, token: token, headers: [("X-Forwarded-For", "203.0.113.1")], body: body)
            #expect(first.status != 429)
            let second = try await Operations.send(.POST, url, token: token, headers: [("X-Forwarded-For", "203.0.113.2")], body: body)
            #expect(second.status != 429)
            Self.expectTooManyAttempts(
                try await Operations.send(.POST, url, token: token, headers: [("X-Forwarded-For", "203.0.113.1")], body: body))
        }
    }

    @Test func findOrCreateIsLimitedPerToken() async throws {
        try await Operations.withGateway(configure: {
            $0.rateLimitFindOrCreateIP = nil
            $0.rateLimitFindOrCreateToken = Self.slow(burst: 2)
        }) { _, gateway in
            let url = gateway.baseURL + "/profiles"
            let token = try await gateway.anonymousToken()
            let invalid = #"{"email":"not an e-mail"}"#
            #expect(try await Operations.send(.POST, url, token: token, body: invalid).status == 422)
            #expect(try await Operations.send(.POST, url, token: token, body: invalid).status == 422)
            Self.expectTooManyAttempts(try await Operations.send(.POST, url, token: token, body: invalid))
            // Anonymous tokens are keyed by `jti`: another one starts full.
            #expect(try await Operations.send(.POST, url, token: try await gateway.anonymousToken(), body: invalid).status == 422)
            // Other methods on the route are not limited (they are 405).
            #expect(try await Operations.send(.GET, url, token: token).status == 405)
        }
    }

    @Test func theDefaultsAreOnAndDocumented() {
        let settings = OmneoIDSettings()
        #expect(settings.rateLimitTokenMint == .init(perSecond: 100, burst: 200))
        #expect(settings.rateLimitTokenMintFailuresIP == .init(perSecond: 10.0 / 60, burst: 20))
        #expect(settings.rateLimitProfilesMe == .init(perSecond: 20, burst: 40))
        #expect(settings.rateLimitFindOrCreateIP == .init(perSecond: 5, burst: 10))
        #expect(settings.rateLimitFindOrCreateToken == .init(perSecond: 2, burst: 5))
        #expect(settings.rateLimitMaxKeys == 100_000)
    }
}
