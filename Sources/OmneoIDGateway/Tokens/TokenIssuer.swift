import Foundation
import JWTKit
import OmneoHTTP
import OmneoIDConfiguration
import Synchronization

/// Mints ID tokens, signed with the active key of a ``SigningKeySet``.
///
/// Header: `alg` (the configured algorithm), `typ: "JWT"`, `kid` (the active key). Claims:
/// `iss`, `aud`, `sub` (absent for anonymous), `pid` (`"null"` for anonymous), `scope`,
/// `iat`, `nbf` (= `iat`), `exp` (= `iat` + TTL), `jti` (128 random bits, 32 hex digits).
public final class TokenIssuer: Sendable {
    /// Issuer, audience, lifetime and algorithm of minted tokens.
    public let settings: TokenSettings
    private let signer: Mutex<Signer>

    /// The keys that sign now or will (the active key and staged ones), and when each starts.
    private struct Signer: Sendable {
        let keys: JWTKeyCollection
        let schedule: SigningSchedule
    }

    /// An issuer signing with `keys.activeKey(at:)` at each mint (a staged key takes over
    /// by itself when its time comes).
    /// - Throws: ``SigningKeyError/algorithmMismatch(path:found:configured:)`` when the keys
    ///   are not for `settings.algorithm`.
    public init(settings: TokenSettings, keys: SigningKeySet) async throws(SigningKeyError) {
        self.settings = settings
        self.signer = Mutex(try await Self.makeSigner(keys, settings: settings))
    }

    /// Signs new tokens with `keys`' active key from now on (for example after a rotation).
    public func replaceKeys(_ keys: SigningKeySet) async throws(SigningKeyError) {
        let new = try await Self.makeSigner(keys, settings: settings)
        signer.withLock { $0 = new }
    }

    /// The `kid` new tokens carry.
    public var activeKeyID: String {
        signer.withLock { $0.schedule.kid(atSeconds: SigningKeySet.seconds(Date())) }
    }

    /// Mints a token for a profile or an anonymous visitor, issued at `now`.
    public func mint(_ scope: TokenScope, now: Date = Date()) async throws -> MintedToken {
        let current = signer.withLock { $0 }
        let issuedAt = Int(now.timeIntervalSince1970.rounded(.down))
        let tokenID = HexDigits.string(SecureRandom.bytes(16))
        let claims = IDTokenClaims(scope: scope, settings: settings, issuedAt: issuedAt, tokenID: tokenID)
        let header: JWTHeader = ["alg": .string(settings.algorithm.rawValue), "typ": .string("JWT")]
        let kid = JWKIdentifier(string: current.schedule.kid(atSeconds: issuedAt))
        let token = try await current.keys.sign(claims, kid: kid, header: header)
        return MintedToken(token: token, expiresAt: claims.exp, tokenID: tokenID)
    }

    private static func makeSigner(_ keys: SigningKeySet, settings: TokenSettings) async throws(SigningKeyError)
        -> Signer
    {
        guard keys.algorithm == settings.algorithm else {
            throw .algorithmMismatch(path: nil, found: keys.algorithm.rawValue, configured: settings.algorithm)
        }
        let signing = Array(keys.keys[keys.activeIndex(atSeconds: SigningKeySet.seconds(Date()))...])
        let collection = JWTKeyCollection()
        for key in signing {
            do {
                try await key.addSigner(to: collection)
            } catch {
                throw .corrupt(path: nil, reason: "key \(key.kid) cannot sign")
            }
        }
        return Signer(
            keys: collection, schedule: SigningSchedule(signing.map { ($0.kid, $0.signsFromSeconds) }))
    }
}
