import Foundation
import JWTKit
import OmneoIDConfiguration
import OmneoModels
import Synchronization

/// The one ID-token verifier every protected route uses.
///
/// A token is accepted only if all of these hold (anything else is a
/// ``TokenVerificationError``, which routes answer with 401):
/// * three segments of canonical unpadded base64url; header and payload JSON objects;
///   at most ``maximumTokenLength`` bytes;
/// * header `alg` is exactly the configured algorithm; `typ`, if present, is `"JWT"`; `kid` is
///   1 to 64 of `[A-Za-z0-9_-]` and names a current key; no `jwk`, `jku`, `x5u`, `x5c`, `crit`;
/// * the signature verifies (JWTKit) with the key named by `kid`, and only that key;
/// * `iss` is the issuer, `aud` (string or array) names the tenant; `exp`, `iat` and `jti` are
///   present; `exp`, `nbf` and `iat` hold within ``TokenSettings/leeway`` (at most 60 s);
/// * `scope` is `"profile"` with `sub` a ``ProfileID`` and `pid == sub`, or `"anonymous"` with
///   no `sub` and `pid == "null"`.
///
/// Accepted tokens are cached by their whole string (bounded; expiry re-checked on every
/// hit), so a repeated token costs one dictionary look-up under a lock: no base64, JSON or
/// signature work. ``replaceKeys(_:)`` swaps the keys and empties the cache.
///
/// After the signature (or the cache) the token is looked up in ``revocations``: a revoked
/// token is rejected with ``TokenVerificationError/Reason/revoked`` (revocation is never cached
/// away: the look-up runs on every verification, hit or miss).
public final class TokenVerifier: Sendable {
    /// Tokens longer than this (in UTF-8 bytes) are rejected before any decoding.
    public static let maximumTokenLength = 8 * 1024
    /// The default number of cached tokens.
    public static let defaultCacheCapacity = 10_000

    /// Issuer, audience, algorithm and leeway the verifier demands.
    public let settings: TokenSettings
    /// The revocations every verification consults.
    public let revocations: RevocationList
    private let state: Mutex<State>

    private struct State {
        var keys: [String: any JWTAlgorithm]
        /// Bumped by every key change, so a check that raced a change is not cached.
        var generation: UInt64
        var cache: VerifiedTokenCache
    }

    /// Marks a ``VerifiedToken`` as made here: its initializer is private to this file.
    struct Proof {
        fileprivate init() {}
    }

    /// A verifier accepting tokens signed by any key of `keys`.
    /// - Throws: ``SigningKeyError/algorithmMismatch(path:found:configured:)`` when the keys
    ///   are not for `settings.algorithm`.
    public init(
        settings: TokenSettings, keys: SigningKeySet, cacheCapacity: Int = TokenVerifier.defaultCacheCapacity,
        revocations: RevocationList = RevocationList()
    ) async throws(SigningKeyError) {
        self.settings = settings
        self.revocations = revocations
        let algorithms = try await Self.verificationKeys(keys, settings: settings)
        self.state = Mutex(State(keys: algorithms, generation: 0, cache: VerifiedTokenCache(capacity: cacheCapacity)))
    }

    /// Verifies with `keys` from now on and empties the cache (key reload, rotation, pruning).
    public func replaceKeys(_ keys: SigningKeySet) async throws(SigningKeyError) {
        let algorithms = try await Self.verificationKeys(keys, settings: settings)
        state.withLock { state in
            state.keys = algorithms
            state.generation &+= 1
            state.cache.removeAll()
        }
    }

    /// The `kid`s the verifier currently accepts.
    public var keyIDs: Set<String> {
        state.withLock { Set($0.keys.keys) }
    }

    /// Number of tokens in the cache.
    public var cachedTokenCount: Int {
        state.withLock { $0.cache.count }
    }

    /// Verifies `token` at time `now`, revocations included.
    /// - Returns: the verified token; the same token string is then served from the cache until it expires.
    public func verify(_ token: String, now: Date = Date()) throws(TokenVerificationError) -> VerifiedToken {
        let verified = try verifyIgnoringRevocation(token, now: now)
        guard !revocations.isRevoked(verified) else { throw TokenVerificationError(.revoked) }
        return verified
    }

    /// Every check but revocation: what `POST /auth/revoke` needs to accept a token that may
    /// already be revoked (revoking it again is not an error).
    func verifyIgnoringRevocation(_ token: String, now: Date = Date()) throws(TokenVerificationError) -> VerifiedToken {
        let nowSeconds = now.timeIntervalSince1970
        let leeway = Double(settings.leeway)

        // Hot path: a token verified before, still within its lifetime.
        let (cached, keys, generation) = state.withLock {
            state -> (VerifiedToken?, [String: any JWTAlgorithm], UInt64) in
            if let hit = state.cache.entry(for: token) { return (hit, [:], 0) }
            return (nil, state.keys, state.generation)
        }
        if let cached {
            guard nowSeconds < Double(cached.expiresAt) + leeway else {
                state.withLock { $0.cache.remove(token) }
                throw TokenVerificationError(.expired)
            }
            return cached
        }

        let verified = try Self.check(token, keys: keys, settings: settings, now: nowSeconds)
        state.withLock { state in
            if state.generation == generation {
                state.cache.insert(
                    verified, for: token, expiredBefore: Int(nowSeconds.rounded(.down)) - settings.leeway)
            }
        }
        return verified
    }

    // MARK: - The checks

    /// Every rule, on a token not in the cache.
    private static func check(
        _ token: String, keys: [String: any JWTAlgorithm], settings: TokenSettings, now: Double
    ) throws(TokenVerificationError) -> VerifiedToken {
        let bytes = Array(token.utf8)
        guard bytes.count <= maximumTokenLength else { throw TokenVerificationError(.malformed) }

        // Exactly three base64url segments.
        let dots = bytes.indices.filter { bytes[$0] == UInt8(ascii: ".") }
        guard dots.count == 2 else { throw TokenVerificationError(.malformed) }
        let headerText = bytes[..<dots[0]]
        let payloadText = bytes[(dots[0] + 1)..<dots[1]]
        let signatureText = bytes[(dots[1] + 1)...]
        guard !headerText.isEmpty, !payloadText.isEmpty,
            let headerJSON = Base64URL.decode(headerText),
            let payloadJSON = Base64URL.decode(payloadText),
            let signature = Base64URL.decode(signatureText)
        else { throw TokenVerificationError(.malformed) }

        // Header.
        let decoder = JSONDecoder()
        guard let header = try? decoder.decode(ReceivedHeader.self, from: Data(headerJSON)) else {
            throw TokenVerificationError(.malformed)
        }
        guard !header.hasRefusedMember else { throw TokenVerificationError(.disallowedHeader) }
        guard header.alg == settings.algorithm.rawValue else { throw TokenVerificationError(.disallowedAlgorithm) }
        guard header.typ == nil || header.typ == "JWT" else { throw TokenVerificationError(.invalidType) }
        guard let kid = header.kid, SigningKey.isWellFormedKeyID(kid) else {
            throw TokenVerificationError(.invalidKeyID)
        }
        guard let key = keys[kid] else { throw TokenVerificationError(.unknownKey) }

        // Signature, by the named key only; the payload is parsed only after it verifies.
        guard (try? key.verify(signature, signs: bytes[..<dots[1]])) == true else {
            throw TokenVerificationError(.invalidSignature)
        }

        guard let claims = try? decoder.decode(ReceivedClaims.self, from: Data(payloadJSON)) else {
            throw TokenVerificationError(.malformed)
        }
        return try checkClaims(claims, settings: settings, now: now)
    }

    /// Latest accepted date claim: 9999-12-31T23:59:59Z (keeps `Int(_:)` conversions in range).
    private static let latestDate = 253_402_300_799.0
    /// Longest accepted `jti`, in UTF-8 bytes.
    private static let maximumTokenIDLength = 128

    private static func checkClaims(
        _ claims: ReceivedClaims, settings: TokenSettings, now: Double
    ) throws(TokenVerificationError) -> VerifiedToken {
        let leeway = Double(settings.leeway)
        guard let iss = claims.iss, let aud = claims.aud, let exp = claims.exp, let iat = claims.iat,
            let jti = claims.jti
        else { throw TokenVerificationError(.missingClaim) }

        for date in [exp, iat, claims.nbf ?? 0] {
            guard date.isFinite, (0...latestDate).contains(date) else { throw TokenVerificationError(.invalidClaim) }
        }
        guard (1...maximumTokenIDLength).contains(jti.utf8.count),
            jti.utf8.allSatisfy({ (0x21...0x7E).contains($0) })
        else { throw TokenVerificationError(.invalidClaim) }

        guard iss == settings.issuer else { throw TokenVerificationError(.invalidIssuer) }
        guard aud.contains(settings.audience) else { throw TokenVerificationError(.invalidAudience) }
        guard now < exp + leeway else { throw TokenVerificationError(.expired) }
        guard claims.nbf.map({ $0 <= now + leeway }) ?? true else { throw TokenVerificationError(.notYetValid) }
        guard iat <= now + leeway else { throw TokenVerificationError(.issuedInFuture) }

        let scope: TokenScope
        switch claims.scope {
        case "profile":
            guard let sub = claims.sub, let id = ProfileID(sub), claims.pid == sub else {
                throw TokenVerificationError(.invalidSubject)
            }
            scope = .profile(id)
        case "anonymous":
            guard !claims.hasSubject, claims.pid == IDTokenClaims.anonymousProfileClaim else {
                throw TokenVerificationError(.invalidSubject)
            }
            scope = .anonymous
        default:
            throw TokenVerificationError(.invalidScope)
        }
        return VerifiedToken(
            scope: scope, jti: jti, issuedAt: Int(iat.rounded(.down)), expiresAt: Int(exp.rounded(.down)), proof: Proof())
    }

    // MARK: - Keys

    /// JWTKit verifying keys by `kid`. Each is looked up by its own `kid` (never JWTKit's
    /// default-key fallback), so an unknown `kid` can never reach some other key.
    private static func verificationKeys(
        _ keys: SigningKeySet, settings: TokenSettings
    ) async throws(SigningKeyError) -> [String: any JWTAlgorithm] {
        guard keys.algorithm == settings.algorithm else {
            throw .algorithmMismatch(path: nil, found: keys.algorithm.rawValue, configured: settings.algorithm)
        }
        var result: [String: any JWTAlgorithm] = [:]
        for key in keys.keys {
            let collection = JWTKeyCollection()
            do {
                try await key.addVerifier(to: collection)
                let algorithm = try await collection.getKey(for: JWKIdentifier(string: key.kid))
                guard algorithm.name == settings.algorithm.rawValue else {
                    throw SigningKeyError.algorithmMismatch(
                        path: nil, found: algorithm.name, configured: settings.algorithm)
                }
                result[key.kid] = algorithm
            } catch let error as SigningKeyError {
                throw error
            } catch {
                throw .corrupt(path: nil, reason: "key \(key.kid) cannot verify")
            }
        }
        return result
    }
}
