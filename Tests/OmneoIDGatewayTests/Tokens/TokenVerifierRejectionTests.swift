import Crypto
import Foundation
import OmneoIDConfiguration
import Testing

@testable import OmneoIDGateway

/// Every rejection rule of `TokenVerifier`, each with a hand-built token.
@Suite("TokenVerifier rejections")
struct TokenVerifierRejectionTests {
    // MARK: alg

    @Test(arguments: ["none", "None", "NONE", "nOnE"])
    func algNoneWithEmptySignatureIsRejected(alg: String) async throws {
        let f = try await TokenFixture()
        let input =
            Base64URL.encode(Array(f.header(["alg": alg]).utf8)) + "." + Base64URL.encode(Array(f.claims().utf8))
        #expect(f.rejection(input + ".") == .disallowedAlgorithm)
    }

    @Test(arguments: ["none", "None", "NONE", "nOnE"])
    func algNoneWithGarbageSignatureIsRejected(alg: String) async throws {
        let f = try await TokenFixture()
        let input =
            Base64URL.encode(Array(f.header(["alg": alg]).utf8)) + "." + Base64URL.encode(Array(f.claims().utf8))
        #expect(f.rejection(input + ".Z2FyYmFnZQ") == .disallowedAlgorithm)
        #expect(f.rejection(input + ".%%garbage%%") == .malformed)
    }

    @Test func algMissingIsRejected() async throws {
        let f = try await TokenFixture()
        #expect(
            f.rejection(try await f.token(header: f.header(["alg": nil]), payload: f.claims())) == .disallowedAlgorithm)
    }

    @Test func algOfAnotherFamilyIsRejected() async throws {
        let f = try await TokenFixture(.es256)
        for alg in ["ES384", "RS256", "EdDSA", "es256", "ES256 "] {
            #expect(
                f.rejection(try await f.token(header: f.header(["alg": alg]), payload: f.claims()))
                    == .disallowedAlgorithm)
        }
    }

    @Test(arguments: TokenAlgorithm.allCases)
    func onlyTheConfiguredAlgorithmIsAccepted(algorithm: TokenAlgorithm) async throws {
        let f = try await TokenFixture(algorithm)
        for other in ["ES256", "EdDSA", "HS256", "none", "NONE"] where other != algorithm.rawValue {
            let token = try await f.token(header: f.header(["alg": other]), payload: f.claims())
            #expect(f.rejection(token) == .disallowedAlgorithm, "\(other) under \(algorithm)")
        }
        #expect(f.rejection(try await f.signed(f.claims())) == nil)
    }

    /// The classic key-confusion attack: HS256 with the ES256 public key as the HMAC secret.
    @Test func hs256SignedWithTheES256PublicKeyIsRejected() async throws {
        let f = try await TokenFixture(.es256)
        guard case .es256(let privateKey) = f.keys.activeKey.material else { Issue.record("not ES256"); return }
        let publicKey = privateKey.publicKey
        let secrets: [[UInt8]] = [
            Array(publicKey.pemRepresentation.utf8),
            Array(publicKey.x963Representation),
            Array(publicKey.rawRepresentation),
            Array(publicKey.derRepresentation),
            Array(f.keys.publicJWKSJSON()),
        ]
        for secret in secrets {
            let input =
                Base64URL.encode(Array(f.header(["alg": "HS256"]).utf8)) + "."
                + Base64URL.encode(Array(f.claims().utf8))
            let mac = HMAC<SHA256>.authenticationCode(for: Array(input.utf8), using: SymmetricKey(data: secret))
            #expect(f.rejection(input + "." + Base64URL.encode(Array(mac))) == .disallowedAlgorithm)
        }
    }

    // MARK: other header rules

    @Test(arguments: ["jwk", "jku", "x5u", "x5c", "crit"])
    func embeddedKeyOrCriticalHeaderIsRejected(member: String) async throws {
        let f = try await TokenFixture()
        let values: [String: Any] = [
            "jwk": ["kty": "oct", "k": "c2VjcmV0"], "jku": "https://evil.example/jwks.json",
            "x5u": "https://evil.example/cert.pem", "x5c": ["MIIB"], "crit": ["exp"],
        ]
        let token = try await f.token(header: f.header([member: values[member]!]), payload: f.claims())
        #expect(f.rejection(token) == .disallowedHeader)
    }

    @Test func wrongTypIsRejected() async throws {
        let f = try await TokenFixture()
        #expect(
            f.rejection(try await f.token(header: f.header(["typ": "at+jwt"]), payload: f.claims())) == .invalidType)
        #expect(f.rejection(try await f.token(header: f.header(["typ": nil]), payload: f.claims())) == nil)
    }

    @Test func missingKidIsRejected() async throws {
        let f = try await TokenFixture()
        #expect(f.rejection(try await f.token(header: f.header(["kid": nil]), payload: f.claims())) == .invalidKeyID)
    }

    @Test func unknownKidIsRejected() async throws {
        let f = try await TokenFixture()
        let token = try await f.token(header: f.header(["kid": "AAAAAAAAAAAAAAAAAAAAAA"]), payload: f.claims())
        #expect(f.rejection(token) == .unknownKey)
    }

    @Test(arguments: [
        "../../etc/passwd", "keys/active", "a\\b", "", "kid with space", String(repeating: "a", count: 65), "k%2F",
    ])
    func pathLikeOrMalformedKidIsRejected(kid: String) async throws {
        let f = try await TokenFixture()
        let token = try await f.token(header: f.header(["kid": kid]), payload: f.claims())
        #expect(f.rejection(token) == .invalidKeyID)
    }

    @Test func nonStringKidIsRejected() async throws {
        let f = try await TokenFixture()
        #expect(f.rejection(try await f.token(header: f.header(["kid": 7]), payload: f.claims())) == .malformed)
    }

    // MARK: structure

    @Test func twoSegmentsAreRejected() async throws {
        let f = try await TokenFixture()
        let token = try await f.signed(f.claims())
        let parts = token.split(separator: ".")
        #expect(f.rejection("\(parts[0]).\(parts[1])") == .malformed)
    }

    @Test func fourSegmentsAreRejected() async throws {
        let f = try await TokenFixture()
        let token = try await f.signed(f.claims())
        #expect(f.rejection(token + ".AAAA") == .malformed)
        #expect(f.rejection(token + ".") == .malformed)
    }

    @Test func badBase64URLIsRejected() async throws {
        let f = try await TokenFixture()
        let token = try await f.signed(f.claims())
        let parts = token.split(separator: ".").map(String.init)
        let variants = [
            parts[0] + "=." + parts[1] + "." + parts[2],  // padding
            parts[0] + "." + parts[1] + "." + parts[2] + "==",
            parts[0].replacingOccurrences(of: "-", with: "+") + "+/." + parts[1] + "." + parts[2],  // standard alphabet
            parts[0] + " ." + parts[1] + "." + parts[2],  // whitespace
            parts[0] + "." + parts[1] + "." + parts[2] + "\n",
            parts[0] + "." + parts[1] + "A." + parts[2],  // length 4n+1
            "." + parts[1] + "." + parts[2],  // empty header
        ]
        for variant in variants {
            #expect(f.rejection(variant) == .malformed, "\(variant)")
        }
    }

    @Test func nonCanonicalBase64URLIsRejected() async throws {
        let f = try await TokenFixture()
        // "e30" is "{}"; "e31" decodes to the same bytes with non-zero unused bits.
        #expect(Base64URL.decode("e30") == Array("{}".utf8))
        #expect(Base64URL.decode("e31") == nil)
        let token = try await f.signed(f.claims())
        let parts = token.split(separator: ".").map(String.init)
        guard let last = parts[2].last, parts[2].count % 4 != 0 else { return }
        // Flip the lowest (unused) bit of the final signature character.
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        let index = alphabet.firstIndex(of: last)!
        let tweaked = String(parts[2].dropLast()) + String(alphabet[index ^ 1])
        #expect(f.rejection(parts[0] + "." + parts[1] + "." + tweaked) == .malformed)
    }

    @Test func overlongTokenIsRejected() async throws {
        let f = try await TokenFixture()
        let token = try await f.signed(f.claims(["padding": String(repeating: "x", count: 9000)]))
        #expect(f.rejection(token) == .malformed)
    }

    @Test(arguments: ["[]", "\"JWT\"", "42", "null", "{", "{\"alg\":\"ES256\"} trailing"])
    func nonObjectHeaderIsRejected(json: String) async throws {
        let f = try await TokenFixture()
        #expect(f.rejection(try await f.token(header: json, payload: f.claims())) == .malformed)
    }

    @Test(arguments: ["[]", "\"profile\"", "42", "null", "{"])
    func nonObjectPayloadIsRejected(json: String) async throws {
        let f = try await TokenFixture()
        #expect(f.rejection(try await f.signed(json)) == .malformed)
    }

    // MARK: signature

    @Test func tamperedPayloadIsRejected() async throws {
        let f = try await TokenFixture()
        let minted = try await f.issuer.mint(.profile(TokenFixture.profile), now: TokenFixture.now)
        let parts = minted.token.split(separator: ".").map(String.init)
        let other = f.claims(["sub": "someone-else", "pid": "someone-else"])
        let tampered = parts[0] + "." + Base64URL.encode(Array(other.utf8)) + "." + parts[2]
        #expect(f.rejection(tampered) == .invalidSignature)
    }

    @Test func truncatedOrEmptySignatureIsRejected() async throws {
        let f = try await TokenFixture()
        let token = try await f.signed(f.claims())
        let parts = token.split(separator: ".").map(String.init)
        #expect(f.rejection(parts[0] + "." + parts[1] + ".") == .invalidSignature)
        #expect(f.rejection(parts[0] + "." + parts[1] + "." + String(parts[2].prefix(40))) == .invalidSignature)
    }

    @Test(arguments: TokenAlgorithm.allCases)
    func validSignatureByAnotherKeyWithTheSameKidIsRejected(algorithm: TokenAlgorithm) async throws {
        let f = try await TokenFixture(algorithm)
        // An impostor key set whose only key reuses the real kid.
        let impostorSource = SigningKeySet.generate(algorithm: algorithm, now: TokenFixture.now)
        let json = String(decoding: impostorSource.privateJWKSJSON(), as: UTF8.self)
            .replacingOccurrences(of: impostorSource.activeKey.kid, with: f.kid)
        let impostor = try SigningKeySet(privateJWKS: Data(json.utf8), algorithm: algorithm)
        #expect(impostor.activeKey.kid == f.kid)

        let forged = try await TokenIssuer(settings: f.settings, keys: impostor).mint(
            .profile(TokenFixture.profile), now: TokenFixture.now)
        #expect(f.rejection(forged.token) == .invalidSignature)
        // The impostor's own verifier accepts it: the signature itself is valid.
        let impostorVerifier = try await TokenVerifier(settings: f.settings, keys: impostor)
        #expect(throws: Never.self) { try impostorVerifier.verify(forged.token, now: TokenFixture.now) }
    }

    // MARK: claims

    @Test func wrongIssuerIsRejected() async throws {
        let f = try await TokenFixture()
        #expect(f.rejection(try await f.signed(f.claims(["iss": "evil"]))) == .invalidIssuer)
        #expect(f.rejection(try await f.signed(f.claims(["iss": "Omneo-ID"]))) == .invalidIssuer)
        #expect(f.rejection(try await f.signed(f.claims(["iss": nil]))) == .missingClaim)
    }

    @Test func wrongAudienceIsRejected() async throws {
        let f = try await TokenFixture()
        #expect(f.rejection(try await f.signed(f.claims(["aud": "other-tenant"]))) == .invalidAudience)
        #expect(f.rejection(try await f.signed(f.claims(["aud": ["other", "tenants"]]))) == .invalidAudience)
        #expect(f.rejection(try await f.signed(f.claims(["aud": []]))) == .invalidAudience)
        #expect(f.rejection(try await f.signed(f.claims(["aud": nil]))) == .missingClaim)
        #expect(f.rejection(try await f.signed(f.claims(["aud": 1]))) == .malformed)
        // An array naming the tenant is accepted.
        #expect(f.rejection(try await f.signed(f.claims(["aud": ["other", "sandbox"]]))) == nil)
    }

    @Test func missingExpIsRejected() async throws {
        let f = try await TokenFixture()
        #expect(f.rejection(try await f.signed(f.claims(["exp": nil]))) == .missingClaim)
    }

    @Test func missingIatOrJtiIsRejected() async throws {
        let f = try await TokenFixture()
        #expect(f.rejection(try await f.signed(f.claims(["iat": nil]))) == .missingClaim)
        #expect(f.rejection(try await f.signed(f.claims(["jti": nil]))) == .missingClaim)
        #expect(f.rejection(try await f.signed(f.claims(["jti": String(repeating: "j", count: 129)]))) == .invalidClaim)
    }

    @Test func expiredBeyondLeewayIsRejected() async throws {
        let f = try await TokenFixture()  // leeway 30 s
        let token = try await f.signed(
            f.claims([
                "iat": TokenFixture.nowSeconds - 4000, "nbf": TokenFixture.nowSeconds - 4000,
                "exp": TokenFixture.nowSeconds - 31,
            ]))
        #expect(f.rejection(token) == .expired)
        // Within the leeway it is still accepted.
        let recent = try await f.signed(f.claims(["exp": TokenFixture.nowSeconds - 29]))
        #expect(f.rejection(recent) == nil)
    }

    @Test func nbfInTheFutureBeyondLeewayIsRejected() async throws {
        let f = try await TokenFixture()
        #expect(f.rejection(try await f.signed(f.claims(["nbf": TokenFixture.nowSeconds + 31]))) == .notYetValid)
        #expect(f.rejection(try await f.signed(f.claims(["nbf": TokenFixture.nowSeconds + 29]))) == nil)
    }

    @Test func iatInTheFutureBeyondLeewayIsRejected() async throws {
        let f = try await TokenFixture()
        #expect(
            f.rejection(try await f.signed(f.claims(["iat": TokenFixture.nowSeconds + 120, "nbf": nil])))
                == .issuedInFuture)
    }

    @Test func absurdDatesAreRejectedWithoutTrapping() async throws {
        let f = try await TokenFixture()
        #expect(f.rejection(try await f.signed(f.claims(["exp": 1e300]))) == .invalidClaim)
        #expect(f.rejection(try await f.signed(f.claims(["exp": -5]))) == .invalidClaim)
        #expect(f.rejection(try await f.signed(f.claims(["exp": "tomorrow"]))) == .malformed)
    }

    @Test func leewayIsClampedTo60Seconds() async throws {
        let settings = TokenSettings(audience: "sandbox", leeway: 3600)
        #expect(settings.leeway == 60)
        var other = settings
        other.leeway = -5
        #expect(other.leeway == 0)

        let keys = SigningKeySet.generate(algorithm: .es256, now: TokenFixture.now)
        let f = try await TokenFixture(.es256, keys: keys)
        let verifier = try await TokenVerifier(settings: settings, keys: keys)
        let token = try await f.signed(f.claims(["exp": TokenFixture.nowSeconds - 61]))
        #expect(throws: TokenVerificationError(.expired)) { try verifier.verify(token, now: TokenFixture.now) }
    }

    @Test(arguments: ["../x", String(repeating: "a", count: 65), "a/b", "", "a b", "a%2Fb", "ü"])
    func badSubIsRejected(sub: String) async throws {
        let f = try await TokenFixture()
        #expect(f.rejection(try await f.signed(f.claims(["sub": sub, "pid": sub]))) == .invalidSubject)
    }

    @Test func profileTokenRulesOnSubAndPid() async throws {
        let f = try await TokenFixture()
        #expect(f.rejection(try await f.signed(f.claims(["sub": nil]))) == .invalidSubject)
        #expect(f.rejection(try await f.signed(f.claims(["pid": "another-profile"]))) == .invalidSubject)
        #expect(f.rejection(try await f.signed(f.claims(["pid": nil]))) == .invalidSubject)
        #expect(f.rejection(try await f.signed(f.claims(["sub": NSNull()]))) == .malformed)
        #expect(f.rejection(try await f.signed(f.claims(["sub": 42, "pid": "42"]))) == .malformed)
    }

    @Test func anonymousTokenRulesOnSubAndPid() async throws {
        let f = try await TokenFixture()
        #expect(f.rejection(try await f.signed(f.anonymousClaims())) == nil)
        #expect(f.rejection(try await f.signed(f.anonymousClaims(["sub": "7f1c"]))) == .invalidSubject)
        #expect(f.rejection(try await f.signed(f.anonymousClaims(["sub": ""]))) == .invalidSubject)
        #expect(f.rejection(try await f.signed(f.anonymousClaims(["pid": "7f1c"]))) == .invalidSubject)
        #expect(f.rejection(try await f.signed(f.anonymousClaims(["pid": nil]))) == .invalidSubject)
        #expect(f.rejection(try await f.signed(f.anonymousClaims(["pid": NSNull()]))) == .invalidSubject)
        #expect(f.rejection(try await f.signed(f.anonymousClaims(["sub": NSNull()]))) == .malformed)
    }

    @Test(arguments: [nil, "admin", "Profile", "PROFILE", "profile anonymous", ""] as [String?])
    func unknownScopeIsRejected(scope: String?) async throws {
        let f = try await TokenFixture()
        #expect(f.rejection(try await f.signed(f.claims(["scope": scope]))) == .invalidScope)
    }
}
