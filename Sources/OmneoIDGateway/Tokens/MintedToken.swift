/// A freshly signed ID token, as `POST /auth/token` returns it (`data.token`, `data.exp`).
public struct MintedToken: Sendable, Equatable {
    /// The compact JWS.
    public let token: String
    /// The token's `exp`, in Unix seconds.
    public let expiresAt: Int
    /// The token's `jti`.
    public let tokenID: String
}
