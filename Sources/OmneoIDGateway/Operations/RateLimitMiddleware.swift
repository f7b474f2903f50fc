import HTTPTypes
import Hummingbird
import OmneoHTTP
import OmneoIDConfiguration
import OmneoModels

/// The abuse limits of DESIGN §2.5, applied after routing and before any handler (so
/// before every upstream call):
///
/// | route | key | setting |
/// |---|---|---|
/// | `POST /auth/token`, `POST /auth/revoke` | SHA-256 of the API token | `OMNEO_ID_RATE_LIMIT_TOKEN_MINT` |
/// | `POST /auth/token`, `POST /auth/revoke`, API tokens not known to be valid | client IP (IPv6: /64) | `OMNEO_ID_RATE_LIMIT_TOKEN_MINT_FAILURES_IP`, taken by `APITokenAuthenticator` |
/// | `/profiles/me[/…]` (forwarded methods) | the ID token's `rateLimitKey` (`sub`, or `jti` if anonymous) | `OMNEO_ID_RATE_LIMIT_PROFILES_ME` |
/// | `POST /profiles` | client IP, then the ID token's `rateLimitKey` | `OMNEO_ID_RATE_LIMIT_FIND_OR_CREATE_IP`, `…_TOKEN` |
///
/// Over the limit: 429 `{"message":"Too Many Attempts."}` with `Retry-After` in whole seconds.
/// A request without a usable credential is not limited by the per-token limits (its route
/// answers 401 without calling anyone; an invalid ID token is answered 401 here, as the
/// route would, so that its signature is checked only once).
struct RateLimitMiddleware: RouterMiddleware {
    typealias Context = GatewayRequestContext

    let tokenMint: RateLimiter?
    let tokenMintFailuresIP: RateLimiter?
    let profilesMe: RateLimiter?
    let findOrCreateIP: RateLimiter?
    let findOrCreateToken: RateLimiter?
    let verifier: TokenVerifier
    let trustedProxies: [CIDR]

    /// Route templates, as the router reports them in `endpointPath`.
    enum Route {
        static let tokenMint = "/id/api/v1/auth/token"
        static let tokenRevoke = "/id/api/v1/auth/revoke"
        static let profilesMe = "/id/api/v1/profiles/me"
        static let profilesMeRest = "/id/api/v1/profiles/me/**"
        static let findOrCreate = "/id/api/v1/profiles"
    }

    /// `nil` when every limit is off (then the middleware is not installed at all).
    init?(settings: OmneoIDSettings, verifier: TokenVerifier, metrics: GatewayMetrics) {
        func limiter(_ name: String, _ limit: OmneoIDSettings.RateLimit?) -> RateLimiter? {
            limit.map { RateLimiter(name: name, limit: $0, maxKeys: settings.rateLimitMaxKeys, metrics: metrics) }
        }
        self.init(
            tokenMint: limiter("token_mint", settings.rateLimitTokenMint),
            tokenMintFailuresIP: limiter("token_mint_failures_ip", settings.rateLimitTokenMintFailuresIP),
            profilesMe: limiter("profiles_me", settings.rateLimitProfilesMe),
            findOrCreateIP: limiter("find_or_create_ip", settings.rateLimitFindOrCreateIP),
            findOrCreateToken: limiter("find_or_create_token", settings.rateLimitFindOrCreateToken),
            verifier: verifier, trustedProxies: settings.trustedProxies)
        if tokenMint == nil && tokenMintFailuresIP == nil && profilesMe == nil && findOrCreateIP == nil && findOrCreateToken == nil { return nil }
    }

    init(
        tokenMint: RateLimiter?, tokenMintFailuresIP: RateLimiter? = nil, profilesMe: RateLimiter?, findOrCreateIP: RateLimiter?,
        findOrCreateToken: RateLimiter?, verifier: TokenVerifier, trustedProxies: [CIDR]
    ) {
        self.tokenMint = tokenMint
        self.tokenMintFailuresIP = tokenMintFailuresIP
        self.profilesMe = profilesMe
        self.findOrCreateIP = findOrCreateIP
        self.findOrCreateToken = findOrCreateToken
        self.verifier = verifier
        self.trustedProxies = trustedProxies
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        switch context.endpointPath {
        case Route.tokenMint where request.method == .post, Route.tokenRevoke where request.method == .post:
            if let tokenMint, let bearer = BearerToken.from(request) {
                try Self.take(tokenMint, RateLimitKey(hashing: bearer))
            }
        case Route.profilesMe, Route.profilesMeRest:
            if let profilesMe, ProfileProxyRoutes.forwardedMethods.contains(request.method) {
                let token = try verifier.authenticate(request)
                // The route uses this instead of verifying the token a second time.
                context.verifiedToken = token
                try Self.take(profilesMe, RateLimitKey(hashing: token.rateLimitKey))
            }
        case Route.findOrCreate where request.method == .post:
            if let findOrCreateIP {
                let client = ClientAddress(
                    peer: context.remoteAddress, headers: request.headers, authority: nil, trustedProxies: trustedProxies)
                try Self.take(findOrCreateIP, client.budgetKey)
            }
            if let findOrCreateToken {
                let token = try verifier.authenticate(request)
                context.verifiedToken = token
                try Self.take(findOrCreateToken, RateLimitKey(hashing: token.rateLimitKey))
            }
        default:
            break
        }
        return try await next(request, context)
    }

    /// Passes, or throws the 429.
    static func take(_ limiter: RateLimiter, _ key: RateLimitKey) throws(OmneoHTTPError) {
        if case .limited(let retryAfter) = limiter.acquire(key) {
            throw OmneoHTTPError(.tooManyRequests, .tooManyAttempts, headers: [.retryAfter: String(retryAfter)])
        }
    }
}
