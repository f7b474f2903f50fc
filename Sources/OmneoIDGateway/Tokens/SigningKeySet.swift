import Foundation
import JWTKit
import OmneoIDConfiguration

/// The signing keys of one algorithm, oldest first. The active key, which signs new tokens,
/// is the newest one whose activation time has come (a staged key, see
/// ``rotate(now:activateAfter:)``, only verifies until then); the others only verify tokens
/// minted before a rotation.
///
/// A value type: rotate or prune a copy, save it with ``SigningKeyFile``, then hand it to
/// ``TokenIssuer/replaceKeys(_:)`` and ``TokenVerifier/replaceKeys(_:)``.
public struct SigningKeySet: Sendable {
    /// The algorithm every key in the set uses.
    public let algorithm: TokenAlgorithm
    /// All keys, oldest first; never empty.
    public private(set) var keys: [SigningKey]

    /// The key that signs new tokens now.
    public var activeKey: SigningKey { activeKey(at: Date()) }

    /// The key that signs at `date`: the newest whose activation time has come (the oldest
    /// key if, unusually, none has).
    public func activeKey(at date: Date) -> SigningKey {
        keys[activeIndex(atSeconds: Self.seconds(date))]
    }

    /// Staged keys that do not sign yet at `date`, oldest first.
    public func pendingKeys(at date: Date = Date()) -> [SigningKey] {
        let now = Self.seconds(date)
        return keys.filter { $0.signsFromSeconds > now }
    }

    func activeIndex(atSeconds now: Int) -> Int {
        keys.lastIndex { $0.signsFromSeconds <= now } ?? 0
    }

    static func seconds(_ date: Date) -> Int { Int(date.timeIntervalSince1970.rounded(.down)) }

    private init(algorithm: TokenAlgorithm, keys: [SigningKey]) {
        precondition(!keys.isEmpty)
        self.algorithm = algorithm
        self.keys = keys
    }

    /// A new set holding one freshly generated key.
    public static func generate(algorithm: TokenAlgorithm, now: Date = Date()) -> SigningKeySet {
        SigningKeySet(algorithm: algorithm, keys: [.generate(algorithm: algorithm, now: now)])
    }

    /// Adds a new key. Earlier keys stay, so tokens they signed keep verifying.
    ///
    /// With `activateAfter` > 0 the key is staged: it is published and verifies at once, but
    /// signs only from `now + activateAfter` (or ``activate(kid:now:)``), so every replica and
    /// every JWKS cache can learn it before the first token it signs.
    /// - Returns: the new key.
    @discardableResult
    public mutating func rotate(now: Date = Date(), activateAfter: TimeInterval = 0) -> SigningKey {
        var key = SigningKey.generate(algorithm: algorithm, now: now)
        let newest = keys[keys.count - 1]
        if key.createdAtSeconds < newest.createdAtSeconds {
            // The clock went backwards: keep the new key the newest, so it stays active after a reload.
            key = SigningKey(
                kid: key.kid, algorithm: key.algorithm, createdAtSeconds: newest.createdAtSeconds,
                material: key.material)
        }
        if activateAfter > 0 {
            key.activatesAtSeconds = Self.seconds(now) + Int(activateAfter.rounded(.up))
        }
        keys.append(key)
        return key
    }

    /// Makes staged keys sign from `now` on: the one with `kid`, or every pending one.
    /// - Returns: the `kid`s activated (empty when nothing was pending).
    @discardableResult
    public mutating func activate(kid: String? = nil, now: Date = Date()) -> [String] {
        let seconds = Self.seconds(now)
        var activated: [String] = []
        for index in keys.indices where keys[index].signsFromSeconds > seconds && (kid == nil || keys[index].kid == kid) {
            keys[index].activatesAtSeconds = max(seconds, keys[index].createdAtSeconds)
            activated.append(keys[index].kid)
        }
        return activated
    }

    /// Drops keys no live token can still be signed by, and returns their `kid`s.
    ///
    /// A key signs until the next key replaces it, and its last token lives `tokenTTL` seconds
    /// (plus at most ``TokenSettings/maximumLeeway``) after that. So a key is dropped once its
    /// successor has been signing for longer than `tokenTTL + maximumLeeway`. (Pruning by the
    /// key's own age would drop a key retired a minute ago whose tokens are still valid.) The
    /// active key and staged keys are never dropped.
    @discardableResult
    public mutating func prune(tokenTTL: Int, now: Date = Date()) -> [String] {
        let nowSeconds = Int(now.timeIntervalSince1970.rounded(.down))
        let horizon = max(0, tokenTTL) + TokenSettings.maximumLeeway
        var removed: [String] = []
        var kept: [SigningKey] = []
        for index in keys.indices {
            let isActive = index == keys.count - 1
            if !isActive, keys[index + 1].signsFromSeconds + horizon <= nowSeconds {
                removed.append(keys[index].kid)
            } else {
                kept.append(keys[index])
            }
        }
        keys = kept
        return removed
    }

    /// The key with this `kid`, if the set has it.
    public func key(withID kid: String) -> SigningKey? {
        keys.first { $0.kid == kid }
    }
}

// MARK: - Public JWKS

extension SigningKeySet {
    /// The public keys, for `/.well-known/jwks.json`: public members only (never `d`), oldest
    /// first. HS256 keys are secret, so an HS256 set publishes `{"keys":[]}`.
    public var publicJWKS: JWKS {
        JWKS(keys: keys.compactMap(\.publicJWK))
    }

    /// ``publicJWKS`` as JSON (sorted member names, so equal sets give equal bytes).
    public func publicJWKSJSON() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings cannot fail.
        return (try? encoder.encode(publicJWKS)) ?? Data(#"{"keys":[]}"#.utf8)
    }
}

// MARK: - Private JWKS

extension SigningKeySet {
    /// Reads a private JWKS (the keys file format, see ``SigningKeyFile``).
    ///
    /// - Parameters:
    ///   - data: the file's contents.
    ///   - algorithm: the configured algorithm; every key must use it.
    ///   - path: the file's path, only for error messages.
    /// - Throws: ``SigningKeyError/corrupt(path:reason:)`` or
    ///   ``SigningKeyError/algorithmMismatch(path:found:configured:)``.
    public init(privateJWKS data: Data, algorithm: TokenAlgorithm, path: String? = nil) throws(SigningKeyError) {
        let file: PrivateJWKS
        do {
            file = try JSONDecoder().decode(PrivateJWKS.self, from: data)
        } catch {
            throw .corrupt(path: path, reason: "expected a JSON object {\"keys\": [...]}")
        }
        guard !file.keys.isEmpty else { throw .corrupt(path: path, reason: "it holds no keys") }

        var keys: [SigningKey] = []
        var seen: Set<String> = []
        for jwk in file.keys {
            let key: SigningKey
            do {
                key = try SigningKey(privateJWK: jwk)
            } catch {
                throw .corrupt(path: path, reason: error.reason)
            }
            guard key.algorithm == algorithm else {
                throw .algorithmMismatch(path: path, found: key.algorithm.rawValue, configured: algorithm)
            }
            guard seen.insert(key.kid).inserted else {
                throw .corrupt(path: path, reason: "two keys share kid \(key.kid)")
            }
            keys.append(key)
        }
        // Oldest first; keys created in the same second keep their file order.
        keys = keys.enumerated()
            .sorted { ($0.element.createdAtSeconds, $0.offset) < ($1.element.createdAtSeconds, $1.offset) }
            .map(\.element)
        self.init(algorithm: algorithm, keys: keys)
    }

    /// The private JWKS, as written to the keys file (includes private key material).
    public func privateJWKSJSON() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(PrivateJWKS(keys: keys.map(\.privateJWK)))) ?? Data()
    }
}
