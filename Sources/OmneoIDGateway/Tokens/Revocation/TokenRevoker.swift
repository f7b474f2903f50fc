import OmneoHTTP

/// Turns a ``RevokeRequest`` into a recorded ``Revocation``: a verified token's `jti` until its
/// `exp`, or a profile (looked up upstream as for minting) from now until the longest a token
/// issued up to now can live.
struct TokenRevoker: Sendable {
    let verifier: TokenVerifier
    let minter: TokenMinter
    let store: RevocationStore

    /// - Throws: 422 when the token does not verify (expired included: it needs no revoking);
    ///   404 when the profile or identity does not exist upstream; 502/504 when the upstream
    ///   fails; 503 when the revocation could not be recorded.
    func revoke(_ request: RevokeRequest, requestID: String?) async throws {
        let settings = verifier.settings
        let now = UnixTime.now
        switch request {
        case .token(let token):
            let verified: VerifiedToken
            do {
                verified = try verifier.verifyIgnoringRevocation(token)
            } catch {
                throw OmneoHTTPError.invalid("token", "The token is not a valid ID token.")
            }
            try await store.revoke(.token(jti: verified.jti, expiresAt: verified.expiresAt + settings.leeway), now: now)
        case .profile(let identity):
            guard case .profile(let id) = try await minter.resolve(identity, requestID: requestID) else {
                throw OmneoHTTPError.invalid("id", "The id field is required.")
            }
            // Tokens issued at or before `now` live until at most `now + ttl` (+ the leeway the
            // verifier allows): after that the revocation covers nothing.
            try await store.revoke(
                .profile(id, revokedAt: now, expiresAt: now + settings.ttl + settings.leeway), now: now)
        }
    }
}
