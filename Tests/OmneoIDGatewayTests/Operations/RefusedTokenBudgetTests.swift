import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import OmneoIDConfiguration
import OmneoTestSupport
import Testing

@testable import OmneoIDGateway

/// The per-IP budget of refused API tokens (DESIGN §2.6): it stops guessing, cannot be
/// raced, and never locks out a token known to be valid.
@Suite struct RefusedTokenBudgetTests {
    static let validToken = "the-tenants-real-api-token-0123456789"

    /// `/auth/verify` accepts only `validToken`, slowly enough that guesses overlap.
    static let verifying: RecordingUpstream.Handler = { request in
        try await Task.sleep(for: .milliseconds(50))
        let accepted = request.values("Authorization") == ["Bearer \(validToken)"]
        let body = accepted ? #"{"data":{"ok":true}}"# : #"{"message":"Unauthenticated."}"#
        return Response(
            status: accepted ? .ok : .unauthorized, headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    @Test func concurrentGuessesCannotOverrunTheBudgetAndAValidTokenStillMints() async throws {
        try await Operations.withGateway(handler: Self.verifying, configure: {
            $0.rateLimitTokenMintFailuresIP = RateLimitRouteTests.slow(burst: 20)
        }) { upstream, gateway in
            let url = gateway.baseURL + "/auth/token"
            // The back end's token is verified once (and cached) before the flood.
            #expect(try await Operations.send(.POST, url, token: Self.validToken).status == 200)
            upstream.reset()
            let statuses = try await withThrowingTaskGroup(of: UInt.self) { group in
                for guess in 0..<300 {
                    group.addTask { try await Operations.send(.POST, url, token: "guess-\(guess)-0123456789abcdef").status }
                }
                return try await group.reduce(into: [UInt]()) { $0.append($1) }
            }
            let verifies = upstream.requests.filter { $0.path.hasSuffix("/auth/verify") }.count
            #expect(verifies <= 20)
            #expect(statuses.filter { $0 == 401 }.count <= 20)
            #expect(statuses.filter { $0 == 429 }.count >= 280)
            #expect(Set(statuses).isSubset(of: [401, 429]))
            // The IP is over budget, yet the known-valid token mints, again and again.
            for _ in 0..<3 {
                #expect(try await Operations.send(.POST, url, token: Self.validToken).status == 200)
            }
            // An unknown token from this IP is still refused before the upstream is asked.
            upstream.reset()
            RateLimitRouteTests.expectTooManyAttempts(try await Operations.send(.POST, url, token: "one-more-guess-0123456789"))
            #expect(upstream.requests.isEmpty)
        }
    }

    @Test func aValidTokenVerifiedForTheFirstTimeGivesItsUnitBack() async throws {
        try await Operations.withGateway(handler: Self.verifying, configure: {
            $0.rateLimitTokenMintFailuresIP = RateLimitRouteTests.slow(burst: 1)
        }) { _, gateway in
            let url = gateway.baseURL + "/auth/token"
            // A first, unknown-but-valid token takes the only unit and gives it back on success …
            #expect(try await Operations.send(.POST, url, token: Self.validToken).status == 200)
            // … so one guess is still possible, and then the budget is spent.
            #expect(try await Operations.send(.POST, url, token: "guess-0-0123456789abcdef").status == 401)
            RateLimitRouteTests.expectTooManyAttempts(try await Operations.send(.POST, url, token: "guess-1-0123456789abcdef"))
        }
    }

    @Test func revokingSharesTheBudgetAndAKnownTokenStillRevokes() async throws {
        try await Operations.withGateway(configure: {
            $0.authMode = .staticHashes([Operations.sha256Hex(Self.validToken)])
            $0.rateLimitTokenMintFailuresIP = RateLimitRouteTests.slow(burst: 2)
        }) { _, gateway in
            let url = gateway.baseURL + "/auth/revoke"
            for guess in 0..<2 {
                #expect(try await Operations.send(.POST, url, token: "guess-\(guess)-0123456789abcdef").status == 401)
            }
            RateLimitRouteTests.expectTooManyAttempts(try await Operations.send(.POST, url, token: "guess-2-0123456789abcdef"))
            RateLimitRouteTests.expectTooManyAttempts(
                try await Operations.send(.POST, gateway.baseURL + "/auth/token", token: "guess-3-0123456789abcdef"))
            let idToken = try await gateway.token(for: Operations.profileID)
            let revoked = try await Operations.send(.POST, url, token: Self.validToken, body: #"{"token":"\#(idToken)"}"#)
            #expect(revoked.status == 200)
        }
    }

    @Test func theBudgetGivesBackOnlyWhatWasTaken() {
        let limiter = RateLimiter(
            name: "test", limit: RateLimitRouteTests.slow(burst: 2), maxKeys: 1_000, metrics: .disabled, now: { 1_000 })
        let key = RateLimitKey(hashing: "203.0.113.9")
        limiter.giveBack(key)  // nothing taken: stays full (two units), not three
        #expect(limiter.acquire(key) == .allowed)
        #expect(limiter.acquire(key) == .allowed)
        #expect(limiter.acquire(key) != .allowed)
        limiter.giveBack(key)
        #expect(limiter.acquire(key) == .allowed)
        #expect(limiter.acquire(key) != .allowed)
    }
}
