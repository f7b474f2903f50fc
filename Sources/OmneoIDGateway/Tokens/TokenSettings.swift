import OmneoIDConfiguration

/// What the issuer writes into, and the verifier demands of, every ID token.
public struct TokenSettings: Sendable, Equatable {
    /// The largest clock-skew allowance the verifier will apply, in seconds.
    public static let maximumLeeway = 60

    /// `iss` of minted tokens, and the only `iss` accepted (`OMNEO_ID_ISSUER`).
    public var issuer: String
    /// `aud` of minted tokens (the tenant), and the audience a token must name (`OMNEO_ID_TENANT`).
    public var audience: String
    /// Token lifetime in seconds (`OMNEO_ID_TOKEN_TTL`); at least 1.
    public var ttl: Int {
        didSet { ttl = max(1, ttl) }
    }
    /// The one signing algorithm, for minting and verifying (`OMNEO_ID_TOKEN_ALG`).
    public var algorithm: TokenAlgorithm
    /// Clock-skew allowance for `exp`, `nbf` and `iat`, in seconds; clamped to `0...60`.
    public var leeway: Int {
        didSet { leeway = Self.clampLeeway(leeway) }
    }

    /// Creates settings; `ttl` is raised to at least 1 s and `leeway` clamped to `0...60` s.
    public init(
        issuer: String = "omneo-id",
        audience: String,
        ttl: Int = 3600,
        algorithm: TokenAlgorithm = .es256,
        leeway: Int = 30
    ) {
        self.issuer = issuer
        self.audience = audience
        self.ttl = max(1, ttl)
        self.algorithm = algorithm
        self.leeway = Self.clampLeeway(leeway)
    }

    private static func clampLeeway(_ value: Int) -> Int {
        min(max(0, value), maximumLeeway)
    }
}
