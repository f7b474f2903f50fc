import Foundation
import OmneoModels
import Testing

@testable import OmneoIDGateway

/// The in-memory revocation list and its use by the verifier.
@Suite struct RevocationListTests {
    static let now = TokenFixture.now
    static let nowSeconds = TokenFixture.nowSeconds
    static let other = ProfileID("0a1b2c3d-0000-4000-8000-000000000002")!

    @Test func aRevokedJTIIsRefusedAndOtherTokensOfTheProfileAreNot() async throws {
        let f = try await TokenFixture()
        let first = try await f.issuer.mint(.profile(TokenFixture.profile), now: Self.now).token
        let second = try await f.issuer.mint(.profile(TokenFixture.profile), now: Self.now).token
        let verified = try f.verifier.verify(first, now: Self.now)  // Now in the verifier's cache.

        try f.verifier.revocations.add(.token(jti: verified.jti, expiresAt: verified.expiresAt), now: Self.nowSeconds)

        // Refused although cached: revocation is checked on every verification.
        #expect(throws: TokenVerificationError(.revoked)) { try f.verifier.verify(first, now: Self.now) }
        #expect(try f.verifier.verify(second, now: Self.now).profileID == TokenFixture.profile)
        // The route that revokes still sees it as a valid token (revoking twice is not an error).
        #expect(try f.verifier.verifyIgnoringRevocation(first, now: Self.now).jti == verified.jti)
    }

    @Test func aProfileRevocationCoversTokensIssuedUpToItsTimeOnly() async throws {
        let f = try await TokenFixture()
        let before = try await f.issuer.mint(.profile(TokenFixture.profile), now: Self.now.addingTimeInterval(-10)).token
        let sameSecond = try await f.issuer.mint(.profile(TokenFixture.profile), now: Self.now).token
        let after = try await f.issuer.mint(.profile(TokenFixture.profile), now: Self.now.addingTimeInterval(1)).token
        let otherProfile = try await f.issuer.mint(.profile(Self.other), now: Self.now).token
        let anonymous = try await f.issuer.mint(.anonymous, now: Self.now).token

        try f.verifier.revocations.add(
            .profile(TokenFixture.profile, revokedAt: Self.nowSeconds, expiresAt: Self.nowSeconds + 3630),
            now: Self.nowSeconds)

        let later = Self.now.addingTimeInterval(2)
        #expect(throws: TokenVerificationError(.revoked)) { try f.verifier.verify(before, now: later) }
        #expect(throws: TokenVerificationError(.revoked)) { try f.verifier.verify(sameSecond, now: later) }
        #expect(try f.verifier.verify(after, now: later).profileID == TokenFixture.profile)
        #expect(try f.verifier.verify(otherProfile, now: later).profileID == Self.other)
        #expect(try f.verifier.verify(anonymous, now: later).profileID == nil)
    }

    @Test func entriesAreDroppedOnceNothingTheyCoverCanBeValid() throws {
        let list = RevocationList()
        try list.add(.token(jti: "a", expiresAt: 100), now: 50)
        try list.add(.profile(TokenFixture.profile, revokedAt: 50, expiresAt: 200), now: 50)
        // Already expired: not even stored.
        try list.add(.token(jti: "old", expiresAt: 40), now: 50)
        #expect(list.count == 2)
        list.removeExpired(now: 100)
        #expect(list.count == 1)
        list.removeExpired(now: 200)
        #expect(list.count == 0)
    }

    @Test func aFullListRefusesNewEntriesButNeverForgetsLiveOnes() throws {
        let list = RevocationList(capacity: 2)
        try list.add(.token(jti: "a", expiresAt: 100), now: 0)
        try list.add(.token(jti: "b", expiresAt: 300), now: 0)
        #expect(throws: RevocationListFull.self) { try list.add(.token(jti: "c", expiresAt: 300), now: 10) }
        // Renewing an entry it holds needs no room.
        try list.add(.token(jti: "a", expiresAt: 150), now: 10)
        // Once one has expired there is room again.
        try list.add(.token(jti: "c", expiresAt: 300), now: 160)
        #expect(list.count == 2)
        // What other replicas recorded is merged whatever the bound.
        list.merge([.token(jti: "d", expiresAt: 300), .profile(Self.other, revokedAt: 1, expiresAt: 300)], now: 160)
        #expect(list.count == 4)
    }

    @Test func mergingKeepsTheLaterTimes() async throws {
        let list = RevocationList()
        list.merge(
            [
                .profile(TokenFixture.profile, revokedAt: 100, expiresAt: 500),
                .profile(TokenFixture.profile, revokedAt: 50, expiresAt: 900),
            ], now: 0)
        let f = try await TokenFixture()
        let token = try await f.issuer.mint(.profile(TokenFixture.profile), now: Date(timeIntervalSince1970: 100))
        let verified = try f.verifier.verify(token.token, now: Date(timeIntervalSince1970: 101))
        #expect(list.isRevoked(verified))
        list.removeExpired(now: 600)
        #expect(list.isRevoked(verified))
        list.removeExpired(now: 900)
        #expect(!list.isRevoked(verified))
    }

    @Test func revocationsTravelAsNotificationPayloads() {
        let revocations: [Revocation] = [
            .token(jti: "Jx_9-abc", expiresAt: 1_795_003_630),
            .profile(TokenFixture.profile, revokedAt: 1_795_000_000, expiresAt: 1_795_003_630),
        ]
        for revocation in revocations {
            #expect(Revocation(payload: revocation.payload) == revocation)
        }
        #expect(Revocation(payload: "profile 1 2 ../etc") == nil)
        #expect(Revocation(payload: "teapot 1 2 x") == nil)
        #expect(Revocation(payload: "token x 2 y") == nil)
    }
}
