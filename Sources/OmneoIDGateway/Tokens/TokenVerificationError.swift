/// Why an ID token was rejected. Routes answer every case with 401 `{"message":"Unauthenticated."}`;
/// the reason is for logs and metrics only (it never contains the token or its claims).
public struct TokenVerificationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The rule the token broke.
    public enum Reason: String, Sendable, CaseIterable {
        /// Not three canonical base64url segments, too long, or header/payload not a JSON object of the right types.
        case malformed
        /// `alg` missing or not exactly the configured algorithm (this covers `none` in any spelling).
        case disallowedAlgorithm
        /// The header carries `jwk`, `jku`, `x5u`, `x5c` or `crit`.
        case disallowedHeader
        /// `typ` present but not `"JWT"`.
        case invalidType
        /// `kid` missing, or not 1 to 64 of `[A-Za-z0-9_-]`.
        case invalidKeyID
        /// `kid` names no current key.
        case unknownKey
        /// The signature does not verify with the key named by `kid`.
        case invalidSignature
        /// `iss`, `aud`, `exp`, `iat` or `jti` missing.
        case missingClaim
        /// A claim has an impossible value (a date out of range, an over-long `jti`).
        case invalidClaim
        /// `iss` is not the configured issuer.
        case invalidIssuer
        /// `aud` does not name the configured tenant.
        case invalidAudience
        /// `exp` passed, beyond the leeway.
        case expired
        /// `nbf` is in the future, beyond the leeway.
        case notYetValid
        /// `iat` is in the future, beyond the leeway.
        case issuedInFuture
        /// `scope` missing or neither `"profile"` nor `"anonymous"`.
        case invalidScope
        /// `sub`/`pid` do not fit the scope: a profile token needs `sub` matching
        /// `[A-Za-z0-9-]{1,64}` and `pid == sub`; an anonymous one no `sub` and `pid == "null"`.
        case invalidSubject
        /// The token verifies but was revoked (`POST /auth/revoke`): by its `jti`, or with
        /// every token of its profile issued up to a log-out-everywhere.
        case revoked
    }

    /// The rule the token broke.
    public let reason: Reason

    /// An error for `reason`.
    public init(_ reason: Reason) {
        self.reason = reason
    }

    public var description: String { "ID token rejected: \(reason.rawValue)" }
}
