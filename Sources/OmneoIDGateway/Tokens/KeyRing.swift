import Foundation
import NIOCore
import Synchronization

/// The signing keys in use, and everything derived from them (issuer, verifier, JWKS),
/// replaced together when the keys file changes.
final class KeyRing: Sendable {
    let issuer: TokenIssuer
    let verifier: TokenVerifier
    private let state: Mutex<ByteBuffer>

    init(
        keys: SigningKeySet, settings: TokenSettings, revocations: RevocationList = RevocationList()
    ) async throws(SigningKeyError) {
        self.issuer = try await TokenIssuer(settings: settings, keys: keys)
        self.verifier = try await TokenVerifier(settings: settings, keys: keys, revocations: revocations)
        self.state = Mutex(ByteBuffer(bytes: keys.publicJWKSJSON()))
    }

    /// Public keys as served at `/.well-known/jwks.json`.
    var publicJWKS: ByteBuffer { state.withLock { $0 } }

    /// Signs and verifies with `keys` from now on.
    func replace(with keys: SigningKeySet) async throws(SigningKeyError) {
        try await verifier.replaceKeys(keys)
        try await issuer.replaceKeys(keys)
        state.withLock { $0 = ByteBuffer(bytes: keys.publicJWKSJSON()) }
    }
}
