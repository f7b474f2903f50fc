import Crypto
import Foundation
import JWTKit
import OmneoIDConfiguration

/// One signing key: its `kid`, algorithm, creation time and (private) key material.
///
/// Key material never leaves this type except through the private keys file and the public
/// JWK of asymmetric keys.
public struct SigningKey: Sendable {
    /// The key id written into each token's `kid` header: 22 base64url characters (16 random bytes).
    public let kid: String
    /// The algorithm this key signs with.
    public let algorithm: TokenAlgorithm
    /// When the key was created (whole seconds; stored as the JWK member `iat`).
    public var createdAt: Date { Date(timeIntervalSince1970: TimeInterval(createdAtSeconds)) }

    let createdAtSeconds: Int
    /// When this key starts signing (Unix seconds); `nil`: from its creation. Until then it
    /// only verifies, and is published in the JWKS, so that every replica and verifier knows
    /// it before the first token it signs (staged rotation, docs/OPERATIONS.md).
    var activatesAtSeconds: Int?
    let material: Material

    /// When this key starts (or started) signing.
    public var activatesAt: Date { Date(timeIntervalSince1970: TimeInterval(signsFromSeconds)) }
    var signsFromSeconds: Int { activatesAtSeconds ?? createdAtSeconds }

    enum Material: Sendable {
        case es256(P256.Signing.PrivateKey)
        case eddsa(Curve25519.Signing.PrivateKey)
        case hs256(SymmetricKey)
    }

    /// The most bytes of HMAC secret generated for HS256 keys; also the least accepted on load.
    static let hmacSecretByteCount = 32

    init(kid: String, algorithm: TokenAlgorithm, createdAtSeconds: Int, activatesAtSeconds: Int? = nil, material: Material) {
        self.kid = kid
        self.algorithm = algorithm
        self.createdAtSeconds = createdAtSeconds
        self.activatesAtSeconds = activatesAtSeconds
        self.material = material
    }

    /// A fresh random key for `algorithm`, created at `now`.
    static func generate(algorithm: TokenAlgorithm, now: Date) -> SigningKey {
        let material: Material =
            switch algorithm {
            case .es256: .es256(P256.Signing.PrivateKey())
            case .eddsa: .eddsa(Curve25519.Signing.PrivateKey())
            case .hs256: .hs256(SymmetricKey(data: SecureRandom.bytes(hmacSecretByteCount)))
            }
        return SigningKey(
            kid: Base64URL.encode(SecureRandom.bytes(16)),
            algorithm: algorithm,
            createdAtSeconds: Int(now.timeIntervalSince1970.rounded(.down)),
            material: material
        )
    }

    /// Whether `kid` is 1 to 64 of `[A-Za-z0-9_-]`: no `/`, `.`, `%`, spaces or control bytes.
    static func isWellFormedKeyID(_ kid: some StringProtocol) -> Bool {
        let utf8 = kid.utf8
        guard (1...64).contains(utf8.count) else { return false }
        return utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
                true
            default:
                false
            }
        }
    }
}

// MARK: - JWK conversion

extension SigningKey {
    /// The key as a private JWK for the keys file (includes `d` / `k`).
    var privateJWK: PrivateJWK {
        var jwk = privateJWKWithoutActivation
        jwk.nbf = activatesAtSeconds
        return jwk
    }

    private var privateJWKWithoutActivation: PrivateJWK {
        switch material {
        case .es256(let key):
            let point = Array(key.publicKey.x963Representation)  // 0x04 || x || y
            return PrivateJWK(
                kty: "EC", crv: "P-256", alg: algorithm.rawValue, use: "sig", kid: kid,
                x: Base64URL.encode(point[1..<33]), y: Base64URL.encode(point[33..<65]),
                d: Base64URL.encode(key.rawRepresentation), iat: createdAtSeconds)
        case .eddsa(let key):
            return PrivateJWK(
                kty: "OKP", crv: "Ed25519", alg: algorithm.rawValue, use: "sig", kid: kid,
                x: Base64URL.encode(key.publicKey.rawRepresentation),
                d: Base64URL.encode(key.rawRepresentation), iat: createdAtSeconds)
        case .hs256(let key):
            return PrivateJWK(
                kty: "oct", alg: algorithm.rawValue, use: "sig", kid: kid,
                k: key.withUnsafeBytes { Base64URL.encode($0) }, iat: createdAtSeconds)
        }
    }

    /// The public JWK a third party verifies with; `nil` for HS256, whose key is secret.
    var publicJWK: JWK? {
        let identifier = JWKIdentifier(string: kid)
        switch material {
        case .es256(let key):
            let point = Array(key.publicKey.x963Representation)
            return .ecdsa(
                .es256, identifier: identifier,
                x: Base64URL.encode(point[1..<33]), y: Base64URL.encode(point[33..<65]), curve: .p256)
        case .eddsa(let key):
            return .octetKeyPair(
                .eddsa, identifier: identifier,
                x: Base64URL.encode(key.publicKey.rawRepresentation), y: nil, curve: .ed25519)
        case .hs256:
            return nil
        }
    }

    /// Reads a key from its private JWK, checking every member; the error text names the problem.
    init(privateJWK jwk: PrivateJWK) throws(KeyProblem) {
        guard let kid = jwk.kid else { throw KeyProblem("a key has no \"kid\"") }
        guard Self.isWellFormedKeyID(kid) else {
            throw KeyProblem("a key's \"kid\" is not 1 to 64 of [A-Za-z0-9_-]")
        }
        guard let alg = jwk.alg else { throw KeyProblem("key \(kid) has no \"alg\"") }
        guard let algorithm = TokenAlgorithm(rawValue: alg) else {
            throw KeyProblem("key \(kid) has unsupported \"alg\" \"\(Self.printable(alg))\"")
        }
        guard jwk.use == nil || jwk.use == "sig" else { throw KeyProblem("key \(kid) has \"use\" other than \"sig\"") }
        guard let iat = jwk.iat, iat >= 0 else { throw KeyProblem("key \(kid) has no creation time \"iat\"") }
        if let nbf = jwk.nbf, nbf < 0 { throw KeyProblem("key \(kid) has a negative activation time \"nbf\"") }

        func bytes(_ member: String?, _ name: String) throws(KeyProblem) -> [UInt8] {
            guard let member, let decoded = Base64URL.decode(member) else {
                throw KeyProblem("key \(kid) has a missing or malformed \"\(name)\"")
            }
            return decoded
        }

        let material: Material
        switch algorithm {
        case .es256:
            guard jwk.kty == "EC", jwk.crv == "P-256" else {
                throw KeyProblem("key \(kid) is ES256 but not an EC P-256 key")
            }
            let x = try bytes(jwk.x, "x")
            let y = try bytes(jwk.y, "y")
            let d = try bytes(jwk.d, "d")
            guard let key = try? P256.Signing.PrivateKey(rawRepresentation: d),
                Array(key.publicKey.x963Representation) == [0x04] + x + y
            else { throw KeyProblem("key \(kid) has a private key that does not match its public key") }
            material = .es256(key)
        case .eddsa:
            guard jwk.kty == "OKP", jwk.crv == "Ed25519" else {
                throw KeyProblem("key \(kid) is EdDSA but not an OKP Ed25519 key")
            }
            let x = try bytes(jwk.x, "x")
            let d = try bytes(jwk.d, "d")
            guard let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: d),
                Array(key.publicKey.rawRepresentation) == x
            else { throw KeyProblem("key \(kid) has a private key that does not match its public key") }
            material = .eddsa(key)
        case .hs256:
            guard jwk.kty == "oct" else { throw KeyProblem("key \(kid) is HS256 but not an oct key") }
            let k = try bytes(jwk.k, "k")
            guard k.count >= Self.hmacSecretByteCount else {
                throw KeyProblem("key \(kid) has an HS256 secret shorter than \(Self.hmacSecretByteCount) bytes")
            }
            material = .hs256(SymmetricKey(data: k))
        }
        self.init(kid: kid, algorithm: algorithm, createdAtSeconds: iat, activatesAtSeconds: jwk.nbf, material: material)
    }

    /// Text of a member value that is safe to put in an error line.
    private static func printable(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F }.prefix(32))
    }

    /// What is wrong with one key of a keys file.
    struct KeyProblem: Error {
        let reason: String
        init(_ reason: String) { self.reason = reason }
    }
}

// MARK: - JWTKit keys

extension SigningKey {
    /// Adds this key's signing form (private key or secret) to `collection` under its `kid`.
    func addSigner(to collection: JWTKeyCollection) async throws {
        let identifier = JWKIdentifier(string: kid)
        switch material {
        case .es256(let key):
            await collection.add(ecdsa: try ES256PrivateKey(backing: key), kid: identifier)
        case .eddsa(let key):
            await collection.add(eddsa: EdDSA.PrivateKey(backing: key), kid: identifier)
        case .hs256(let key):
            await collection.add(hmac: HMACKey(key: key), digestAlgorithm: .sha256, kid: identifier)
        }
    }

    /// Adds this key's verifying form (public key, or the secret for HS256) to `collection` under its `kid`.
    func addVerifier(to collection: JWTKeyCollection) async throws {
        let identifier = JWKIdentifier(string: kid)
        switch material {
        case .es256(let key):
            await collection.add(ecdsa: try ES256PublicKey(backing: key.publicKey), kid: identifier)
        case .eddsa(let key):
            await collection.add(eddsa: EdDSA.PublicKey(backing: key.publicKey), kid: identifier)
        case .hs256(let key):
            await collection.add(hmac: HMACKey(key: key), digestAlgorithm: .sha256, kid: identifier)
        }
    }
}
