import Crypto
import Foundation
import JWTKit
import OmneoIDConfiguration
import OmneoModels
import Testing

@testable import OmneoIDGateway

/// Keys, issuer and verifier for one algorithm, plus helpers to hand-build tokens.
struct TokenFixture {
    /// A fixed "now" for deterministic tests (2026-11-18T...Z).
    static let now = Date(timeIntervalSince1970: 1_795_000_000)
    static var nowSeconds: Int { Int(now.timeIntervalSince1970) }
    static let profile = ProfileID("7f1c2d3e-4b5a-6978-8a9b-0c1d2e3f4a5b")!

    let settings: TokenSettings
    let keys: SigningKeySet
    let issuer: TokenIssuer
    let verifier: TokenVerifier

    init(_ algorithm: TokenAlgorithm = .es256, keys: SigningKeySet? = nil, cacheCapacity: Int = 100) async throws {
        settings = TokenSettings(issuer: "omneo-id", audience: "sandbox", ttl: 3600, algorithm: algorithm, leeway: 30)
        let keys = keys ?? SigningKeySet.generate(algorithm: algorithm, now: Self.now)
        self.keys = keys
        issuer = try await TokenIssuer(settings: settings, keys: keys)
        verifier = try await TokenVerifier(settings: settings, keys: keys, cacheCapacity: cacheCapacity)
    }

    var kid: String { keys.activeKey.kid }

    /// Header JSON with the right `alg`, `typ` and `kid`, then `changes` applied (`nil` removes a member).
    func header(_ changes: [String: Any?] = [:]) -> String {
        var members: [String: Any] = ["alg": settings.algorithm.rawValue, "typ": "JWT", "kid": kid]
        for (name, value) in changes { members[name] = value }
        return Self.json(members)
    }

    /// Valid profile claims issued at ``now``, then `changes` applied (`nil` removes a claim).
    func claims(_ changes: [String: Any?] = [:]) -> String {
        let id = Self.profile.rawValue
        var members: [String: Any] = [
            "iss": "omneo-id", "aud": "sandbox", "sub": id, "pid": id, "scope": "profile",
            "iat": Self.nowSeconds, "nbf": Self.nowSeconds, "exp": Self.nowSeconds + 3600,
            "jti": "0123456789abcdef0123456789abcdef",
        ]
        for (name, value) in changes { members[name] = value }
        return Self.json(members)
    }

    /// Valid anonymous claims, then `changes` applied.
    func anonymousClaims(_ changes: [String: Any?] = [:]) -> String {
        var all: [String: Any?] = ["scope": "anonymous", "pid": "null", "sub": nil]
        for (name, value) in changes { all[name] = value }
        return claims(all)
    }

    /// `base64url(header).base64url(payload).signature`, signed by `key` (default: the active key)
    /// through JWTKit, whatever `alg` the header claims.
    func token(header: String, payload: String, signedBy key: SigningKey? = nil) async throws -> String {
        let input = Base64URL.encode(Array(header.utf8)) + "." + Base64URL.encode(Array(payload.utf8))
        return input + "." + (try await Self.signature(of: input, by: key ?? keys.activeKey))
    }

    /// A token with valid header and the given claims, properly signed.
    func signed(_ payload: String) async throws -> String {
        try await token(header: header(), payload: payload)
    }

    /// Verifies at ``now`` and returns the rejection reason, or `nil` when accepted.
    func rejection(_ token: String, at date: Date = TokenFixture.now) -> TokenVerificationError.Reason? {
        do {
            _ = try verifier.verify(token, now: date)
            return nil
        } catch {
            return error.reason
        }
    }

    /// A base64url signature of `input` by `key`, computed by JWTKit.
    static func signature(of input: String, by key: SigningKey) async throws -> String {
        let collection = JWTKeyCollection()
        try await key.addSigner(to: collection)
        let algorithm = try await collection.getKey(for: JWKIdentifier(string: key.kid))
        return Base64URL.encode(try algorithm.sign(Array(input.utf8)))
    }

    static func json(_ object: Any) -> String {
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    /// The segments of a compact token, base64url-decoded.
    static func decodedSegments(_ token: String) -> [[String: Any]] {
        token.split(separator: ".", omittingEmptySubsequences: false).prefix(2).map { segment in
            let bytes = Base64URL.decode(String(segment))!
            return try! JSONSerialization.jsonObject(with: Data(bytes)) as! [String: Any]
        }
    }
}

/// A fresh temporary directory, removed by `cleanup()`.
struct TemporaryDirectory {
    let path: String

    init() {
        path =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("omneo-id-tokens-\(UUID().uuidString)").path
    }

    func cleanup() {
        try? FileManager.default.removeItem(atPath: path)
    }

    func mode(of file: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        return (attributes[.posixPermissions] as! NSNumber).intValue & 0o777
    }
}
