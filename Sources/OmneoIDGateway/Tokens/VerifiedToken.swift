import OmneoModels

/// An ID token that passed every check of ``TokenVerifier``. Only the verifier can create one,
/// so a route holding a `VerifiedToken` knows the token was verified.
public struct VerifiedToken: Sendable, Hashable {
    /// The profile the token is for, or `.anonymous`.
    public let scope: TokenScope
    /// The token's `jti`.
    public let jti: String
    /// The token's `exp`, in Unix seconds.
    public let expiresAt: Int
    /// The token's `iat`, in Unix seconds (a log-out-everywhere revokes tokens issued up to then).
    public let issuedAt: Int
    /// A stable key for per-token rate limits: `profile:<sub>` for profile tokens (all tokens of
    /// one profile share it), `anonymous:<jti>` for anonymous ones.
    public let rateLimitKey: String

    /// The profile id (`sub`), or `nil` for an anonymous token.
    public var profileID: ProfileID? { scope.profileID }

    /// Requires a ``TokenVerifier/Proof``, which only `TokenVerifier.swift` can make.
    init(scope: TokenScope, jti: String, issuedAt: Int, expiresAt: Int, proof _: TokenVerifier.Proof) {
        self.scope = scope
        self.jti = jti
        self.issuedAt = issuedAt
        self.expiresAt = expiresAt
        self.rateLimitKey =
            switch scope {
            case .profile(let id): "profile:\(id.rawValue)"
            case .anonymous: "anonymous:\(jti)"
            }
    }
}
