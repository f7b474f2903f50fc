import Foundation
import JWTKit
import OmneoIDConfiguration

/// The signing keys of one algorithm, oldest first. The newest key (the last) is the active
/// key that signs new tokens; the others only verify tokens minted before a rotation.
///
/// A value type: rotate or prune a copy, save it with ``SigningKeyFile``, then hand it to
/// ``TokenIssuer/replaceKeys(_:)`` and ``TokenVerifier/replaceKeys(_:)``.
public struct SigningKeySet: Sendable {
    /// The algorithm every key in the set uses.
    public let algorithm: TokenAlgorithm
    /// All keys, oldest first; never empty.
    public private(set) var keys: [SigningKey]

    /// The key that signs new tokens: the newest one.
    public var activeKey: SigningKey { keys[keys.count - 1] }

    private init(algorithm: TokenAlgorithm, keys: [SigningKey]) {
        precondition(!keys.isEmpty)
        self.algorithm = algorithm
        self.keys = keys
    }

    /// A new set holding one freshly generated key.
    public static func generate(algorithm: TokenAlgorithm, now: Date = Date()) -> SigningKeySet {
        SigningKeySet(algorithm: algorithm, keys: [.generate(algorithm: algorithm, now: now)])
    }

    /// Adds a new active key. Earlier keys stay, so tokens they signed keep verifying.
    /// - Returns: the new active key.
    @discardableResult
    public mutating func rotate(now: Date = Date()) -> SigningKey {
        var key = SigningKey.generate(algorithm: algorithm, now: now)
        if key.createdAtSeconds < activeKey.createdAtSeconds {
            // The clock went backwards: keep the new key the newest, so it stays active after a reload.
            key = SigningKey(
                kid: key.kid, algorithm: key.algorithm, createdAtSeconds: activeKey.createdAtSeconds,
                material: key.material)
        }
        keys.append(key)
        return key
    }

    /// Drops keys no live token can still be signed by, and returns their `kid`s.
    ///
    /// A key signs until the next key replaces it, and its last token lives `tokenTTL` seconds
    /// (plus at most ``TokenSettings/maximumLeeway``) after that. So a key is dropped once its
    /// successor is older than `tokenTTL + maximumLeeway`. (Pruning by the key's own age would
    /// drop a key retired a minute ago whose tokens are still valid.) The active key is never dropped.
    @discardableResult
    public mutating func prune(tokenTTL: Int, now: Date = Date()) -> [String] {
        let nowSeconds = Int(now.timeIntervalSince1970.rounded(.down))
        let horizon = max(0, tokenTTL) + TokenSettings.maximumLeeway
        var removed: [String] = []
        var kept: [SigningKey] = []
        for index in keys.indices {
            let isActive = index == keys.count - 1
            if !isActive, keys[index + 1].createdAtSeconds + horizon <= nowSeconds {
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
