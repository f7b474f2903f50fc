import Foundation
import OmneoIDConfiguration
import OmneoModels
import Testing

@testable import OmneoIDGateway

@Suite("TokenIssuer")
struct TokenIssuerTests {
    @Test(arguments: TokenAlgorithm.allCases)
    func profileTokenHasExactlyTheContractClaims(algorithm: TokenAlgorithm) async throws {
        let f = try await TokenFixture(algorithm)
        let minted = try await f.issuer.mint(.profile(TokenFixture.profile), now: TokenFixture.now)
        let segments = TokenFixture.decodedSegments(minted.token)
        let (header, claims) = (segments[0], segments[1])

        #expect(Set(header.keys) == ["alg", "typ", "kid"])
        #expect(header["alg"] as? String == algorithm.rawValue)
        #expect(header["typ"] as? String == "JWT")
        #expect(header["kid"] as? String == f.kid)

        #expect(Set(claims.keys) == ["iss", "aud", "sub", "pid", "scope", "iat", "nbf", "exp", "jti"])
        #expect(claims["iss"] as? String == "omneo-id")
        #expect(claims["aud"] as? String == "sandbox")
        #expect(claims["sub"] as? String == TokenFixture.profile.rawValue)
        #expect(claims["pid"] as? String == TokenFixture.profile.rawValue)
        #expect(claims["scope"] as? String == "profile")
        #expect(claims["iat"] as? Int == TokenFixture.nowSeconds)
        #expect(claims["nbf"] as? Int == TokenFixture.nowSeconds)
        #expect(claims["exp"] as? Int == TokenFixture.nowSeconds + 3600)
        #expect(minted.expiresAt == TokenFixture.nowSeconds + 3600)
        let jti = try #require(claims["jti"] as? String)
        #expect(jti == minted.tokenID)
        #expect(jti.count == 32 && jti.allSatisfy(\.isHexDigit))
    }

    @Test(arguments: TokenAlgorithm.allCases)
    func anonymousTokenHasNoSubAndPidNullString(algorithm: TokenAlgorithm) async throws {
        let f = try await TokenFixture(algorithm)
        let minted = try await f.issuer.mint(.anonymous, now: TokenFixture.now)
        let claims = TokenFixture.decodedSegments(minted.token)[1]
        #expect(Set(claims.keys) == ["iss", "aud", "pid", "scope", "iat", "nbf", "exp", "jti"])
        #expect(claims["sub"] == nil)
        #expect(claims["pid"] as? String == "null")
        #expect(claims["scope"] as? String == "anonymous")
    }

    @Test func jtiIsFreshForEveryToken() async throws {
        let f = try await TokenFixture()
        var seen: Set<String> = []
        for _ in 0..<50 {
            seen.insert(try await f.issuer.mint(.anonymous, now: TokenFixture.now).tokenID)
        }
        #expect(seen.count == 50)
    }

    @Test func ttlComesFromSettings() async throws {
        let keys = SigningKeySet.generate(algorithm: .eddsa)
        let issuer = try await TokenIssuer(
            settings: TokenSettings(issuer: "me", audience: "acme", ttl: 120, algorithm: .eddsa), keys: keys)
        let minted = try await issuer.mint(.anonymous, now: TokenFixture.now)
        #expect(minted.expiresAt == TokenFixture.nowSeconds + 120)
        let claims = TokenFixture.decodedSegments(minted.token)[1]
        #expect(claims["iss"] as? String == "me")
        #expect(claims["aud"] as? String == "acme")
    }

    @Test func keysOfAnotherAlgorithmAreRefused() async throws {
        let keys = SigningKeySet.generate(algorithm: .hs256)
        await #expect(throws: SigningKeyError.algorithmMismatch(path: nil, found: "HS256", configured: .es256)) {
            _ = try await TokenIssuer(settings: TokenSettings(audience: "sandbox"), keys: keys)
        }
        await #expect(throws: SigningKeyError.self) {
            _ = try await TokenVerifier(settings: TokenSettings(audience: "sandbox"), keys: keys)
        }
    }
}
