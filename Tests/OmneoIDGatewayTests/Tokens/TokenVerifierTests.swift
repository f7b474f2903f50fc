import Foundation
import JWTKit
import OmneoIDConfiguration
import OmneoModels
import Testing

@testable import OmneoIDGateway

@Suite("TokenVerifier")
struct TokenVerifierTests {
    @Test(arguments: TokenAlgorithm.allCases)
    func mintedProfileTokenVerifies(algorithm: TokenAlgorithm) async throws {
        let f = try await TokenFixture(algorithm)
        let minted = try await f.issuer.mint(.profile(TokenFixture.profile), now: TokenFixture.now)
        let verified = try f.verifier.verify(minted.token, now: TokenFixture.now)
        #expect(verified.scope == .profile(TokenFixture.profile))
        #expect(verified.profileID == TokenFixture.profile)
        #expect(verified.jti == minted.tokenID)
        #expect(verified.expiresAt == minted.expiresAt)
        #expect(verified.rateLimitKey == "profile:\(TokenFixture.profile.rawValue)")
    }

    @Test(arguments: TokenAlgorithm.allCases)
    func mintedAnonymousTokenVerifies(algorithm: TokenAlgorithm) async throws {
        let f = try await TokenFixture(algorithm)
        let minted = try await f.issuer.mint(.anonymous, now: TokenFixture.now)
        let verified = try f.verifier.verify(minted.token, now: TokenFixture.now)
        #expect(verified.scope == .anonymous)
        #expect(verified.profileID == nil)
        #expect(verified.rateLimitKey == "anonymous:\(minted.tokenID)")
    }

    @Test(arguments: TokenAlgorithm.allCases)
    func tokensSurviveReloadingTheKeyFileFromDisk(algorithm: TokenAlgorithm) async throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let file = SigningKeyFile(dataDirectory: directory.path)
        let first = try file.loadOrCreate(algorithm: algorithm, now: TokenFixture.now)
        #expect(first.created)
        let f = try await TokenFixture(algorithm, keys: first.keys)
        let minted = try await f.issuer.mint(.profile(TokenFixture.profile), now: TokenFixture.now)

        // A restart: a new process reads the same file.
        let second = try file.loadOrCreate(algorithm: algorithm, now: TokenFixture.now)
        #expect(!second.created)
        #expect(second.keys.activeKey.kid == first.keys.activeKey.kid)
        let restarted = try await TokenVerifier(settings: f.settings, keys: second.keys)
        #expect(try restarted.verify(minted.token, now: TokenFixture.now).scope == .profile(TokenFixture.profile))
    }

    @Test(arguments: TokenAlgorithm.allCases)
    func rotationKeepsOldTokensAndSignsWithTheNewKid(algorithm: TokenAlgorithm) async throws {
        let f = try await TokenFixture(algorithm)
        let old = try await f.issuer.mint(.anonymous, now: TokenFixture.now)

        var keys = f.keys
        let newKey = keys.rotate(now: TokenFixture.now.addingTimeInterval(60))
        try await f.issuer.replaceKeys(keys)
        try await f.verifier.replaceKeys(keys)
        #expect(f.issuer.activeKeyID == newKey.kid)
        #expect(f.verifier.keyIDs == [f.kid, newKey.kid])

        let new = try await f.issuer.mint(.profile(TokenFixture.profile), now: TokenFixture.now.addingTimeInterval(61))
        #expect(TokenFixture.decodedSegments(new.token)[0]["kid"] as? String == newKey.kid)
        #expect(TokenFixture.decodedSegments(old.token)[0]["kid"] as? String == f.kid)
        let later = TokenFixture.now.addingTimeInterval(120)
        #expect(try f.verifier.verify(old.token, now: later).scope == .anonymous)
        #expect(try f.verifier.verify(new.token, now: later).scope == .profile(TokenFixture.profile))
    }

    @Test(arguments: TokenAlgorithm.allCases)
    func pruningRemovesRetiredKeysAndTheirTokensStopVerifying(algorithm: TokenAlgorithm) async throws {
        let f = try await TokenFixture(algorithm)
        let old = try await f.issuer.mint(.anonymous, now: TokenFixture.now)
        var keys = f.keys
        let rotatedAt = TokenFixture.now.addingTimeInterval(100)
        let newKey = keys.rotate(now: rotatedAt)

        // Not yet: tokens of the old key may still be alive (TTL + leeway after its retirement).
        var early = keys
        #expect(early.prune(tokenTTL: 3600, now: rotatedAt.addingTimeInterval(3600 + 59)).isEmpty)

        let removed = keys.prune(tokenTTL: 3600, now: rotatedAt.addingTimeInterval(3600 + 60))
        #expect(removed == [f.kid])
        #expect(keys.keys.map(\.kid) == [newKey.kid])

        try await f.verifier.replaceKeys(keys)
        #expect(f.rejection(old.token, at: TokenFixture.now.addingTimeInterval(10)) == .unknownKey)
    }

    @Test func pruningNeverRemovesTheActiveKey() async throws {
        var keys = SigningKeySet.generate(algorithm: .es256, now: TokenFixture.now)
        #expect(keys.prune(tokenTTL: 1, now: TokenFixture.now.addingTimeInterval(1_000_000)).isEmpty)
        #expect(keys.keys.count == 1)
    }

    /// A third party holding only the published JWKS verifies our tokens with stock JWTKit.
    @Test(arguments: [TokenAlgorithm.es256, .eddsa])
    func mintedTokenVerifiesWithJWTKitFromThePublishedJWKSAlone(algorithm: TokenAlgorithm) async throws {
        let f = try await TokenFixture(algorithm)
        var keys = f.keys
        keys.rotate(now: TokenFixture.now)
        try await f.issuer.replaceKeys(keys)
        let minted = try await f.issuer.mint(.profile(TokenFixture.profile), now: Date())
        let jwksJSON = String(decoding: keys.publicJWKSJSON(), as: UTF8.self)

        let thirdParty = JWTKeyCollection()
        try await thirdParty.add(jwksJSON: jwksJSON)
        let claims = try await thirdParty.verify(minted.token, as: ThirdPartyClaims.self)
        #expect(claims.sub?.value == TokenFixture.profile.rawValue)
        #expect(claims.pid == TokenFixture.profile.rawValue)
        #expect(claims.aud.value == ["sandbox"])
    }

    // MARK: cache

    @Test func cachedTokenPastExpiryIsRejected() async throws {
        let f = try await TokenFixture()
        let minted = try await f.issuer.mint(.anonymous, now: TokenFixture.now)
        _ = try f.verifier.verify(minted.token, now: TokenFixture.now)
        #expect(f.verifier.cachedTokenCount == 1)
        // A hit inside the lifetime is served.
        _ = try f.verifier.verify(minted.token, now: TokenFixture.now.addingTimeInterval(3600 + 29))
        // Past exp + leeway the cached entry is refused and dropped.
        #expect(f.rejection(minted.token, at: TokenFixture.now.addingTimeInterval(3600 + 30)) == .expired)
        #expect(f.verifier.cachedTokenCount == 0)
    }

    @Test func cacheIsClearedWhenKeysChange() async throws {
        let f = try await TokenFixture()
        let minted = try await f.issuer.mint(.profile(TokenFixture.profile), now: TokenFixture.now)
        _ = try f.verifier.verify(minted.token, now: TokenFixture.now)
        #expect(f.verifier.cachedTokenCount == 1)

        // Replace with an unrelated key set: the cached token must not survive.
        try await f.verifier.replaceKeys(SigningKeySet.generate(algorithm: .es256, now: TokenFixture.now))
        #expect(f.verifier.cachedTokenCount == 0)
        #expect(f.rejection(minted.token) == .unknownKey)
    }

    @Test func cacheIsKeyedByTheWholeTokenString() async throws {
        let f = try await TokenFixture()
        let minted = try await f.issuer.mint(.profile(TokenFixture.profile), now: TokenFixture.now)
        _ = try f.verifier.verify(minted.token, now: TokenFixture.now)
        // Same header and payload, other signature: not a cache hit, and rejected.
        let parts = minted.token.split(separator: ".").map(String.init)
        let forged = parts[0] + "." + parts[1] + "." + String(repeating: "A", count: 86)
        #expect(f.rejection(forged) == .invalidSignature)
        #expect(f.verifier.cachedTokenCount == 1)
    }

    @Test func cacheIsBounded() async throws {
        let f = try await TokenFixture(.hs256, cacheCapacity: 10)
        for _ in 0..<50 {
            let minted = try await f.issuer.mint(.anonymous, now: TokenFixture.now)
            _ = try f.verifier.verify(minted.token, now: TokenFixture.now)
            #expect(f.verifier.cachedTokenCount <= 10)
        }
    }

    @Test func failedVerificationsAreNotCached() async throws {
        let f = try await TokenFixture()
        let token = try await f.signed(f.claims(["iss": "evil"]))
        #expect(f.rejection(token) == .invalidIssuer)
        #expect(f.verifier.cachedTokenCount == 0)
    }

    @Test func concurrentVerificationIsSafe() async throws {
        let f = try await TokenFixture()
        let minted = try await f.issuer.mint(.profile(TokenFixture.profile), now: TokenFixture.now)
        let verifier = f.verifier
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<200 {
                group.addTask {
                    if index == 100 { try await verifier.replaceKeys(f.keys) }
                    _ = try verifier.verify(minted.token, now: TokenFixture.now)
                }
            }
            try await group.waitForAll()
        }
    }
}

/// How a third party would model our claims with stock JWTKit claim types.
private struct ThirdPartyClaims: JWTPayload {
    var iss: IssuerClaim
    var aud: AudienceClaim
    var sub: SubjectClaim?
    var pid: String
    var scope: String
    var iat: IssuedAtClaim
    var nbf: NotBeforeClaim
    var exp: ExpirationClaim
    var jti: IDClaim

    func verify(using _: some JWTAlgorithm) async throws {
        try exp.verifyNotExpired()
        try nbf.verifyNotBefore()
        try aud.verifyIntendedAudience(includes: "sandbox")
    }
}
