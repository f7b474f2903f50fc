import HTTPTypes
import Logging
import PostgresNIO
import Hummingbird
import OmneoHTTP
import OmneoIDConfiguration
import OmneoModels

/// The abuse limits of DESIGN §2.5, applied after routing and before any handler (so
/// before every upstream call), as each route declares (``Route/rateLimit``):
///
/// | route | key | setting |
/// |---|---|---|
/// | `POST /auth/token`, `POST /auth/revoke` | SHA-256 of the API token | `OMNEO_ID_RATE_LIMIT_TOKEN_MINT` |
/// | `POST /auth/token`, `POST /auth/revoke`, API tokens not known to be valid | client IP (IPv6: /64) | `OMNEO_ID_RATE_LIMIT_TOKEN_MINT_FAILURES_IP`, taken by `APITokenAuthenticator`; shared by replicas |
/// | `/profiles/me[/…]` (forwarded methods) | the ID token's `rateLimitKey` (`sub`, or `jti` if anonymous) | `OMNEO_ID_RATE_LIMIT_PROFILES_ME` |
/// | `POST /profiles` | client IP (shared by replicas), then the ID token's `rateLimitKey` | `OMNEO_ID_RATE_LIMIT_FIND_OR_CREATE_IP`, `…_TOKEN` |
///
/// "Shared by replicas": with `OMNEO_ID_DATABASE_URL` these per-IP budgets live in PostgreSQL
/// (``SharedBudget``), one round trip per call; otherwise, and while PostgreSQL does not
/// answer, each process counts alone.
///
/// Over the limit: 429 `{"message":"Too Many Attempts."}` with `Retry-After` in whole seconds.
/// The per-ID-token limits run in the route, right after its authentication
/// (``TokenRateLimitMiddleware``, from ``tokenLimiter(for:)``), so a token is verified once and a
/// request without a usable credential is answered 401 without being counted.
struct RateLimitMiddleware: RouterMiddleware {
    typealias Context = GatewayRequestContext

    let tokenMint: RateLimiter?
    let tokenMintFailuresIP: SharedBudget?
    let profilesMe: RateLimiter?
    let findOrCreateIP: SharedBudget?
    let findOrCreateToken: RateLimiter?
    let trustedProxies: [CIDR]

    /// `nil` when every limit is off (then the middleware is not installed at all).
    /// - Parameter database: with `OMNEO_ID_DATABASE_URL`, where the per-IP budgets are shared
    ///   by every replica (see ``SharedBudget``).
    init?(settings: OmneoIDSettings, metrics: GatewayMetrics, database: PostgresClient? = nil) {
        func limiter(_ name: String, _ limit: OmneoIDSettings.RateLimit?) -> RateLimiter? {
            limit.map { RateLimiter(name: name, limit: $0, maxKeys: settings.rateLimitMaxKeys, metrics: metrics) }
        }
        func shared(_ name: String, _ limit: OmneoIDSettings.RateLimit?) -> SharedBudget? {
            limiter(name, limit).map {
                SharedBudget(
                    local: $0, database: database, schema: settings.databaseURL?.schema,
                    logger: Logger(label: "omneo-id.rate-limits"))
            }
        }
        self.init(
            tokenMint: limiter("token_mint", settings.rateLimitTokenMint),
            tokenMintFailuresIP: shared("token_mint_failures_ip", settings.rateLimitTokenMintFailuresIP),
            profilesMe: limiter("profiles_me", settings.rateLimitProfilesMe),
            findOrCreateIP: shared("find_or_create_ip", settings.rateLimitFindOrCreateIP),
            findOrCreateToken: limiter("find_or_create_token", settings.rateLimitFindOrCreateToken),
            trustedProxies: settings.trustedProxies)
        if tokenMint == nil && tokenMintFailuresIP == nil && profilesMe == nil && findOrCreateIP == nil && findOrCreateToken == nil { return nil }
    }

    init(
        tokenMint: RateLimiter?, tokenMintFailuresIP: SharedBudget? = nil, profilesMe: RateLimiter?, findOrCreateIP: SharedBudget?,
        findOrCreateToken: RateLimiter?, trustedProxies: [CIDR]
    ) {
        self.tokenMint = tokenMint
        self.tokenMintFailuresIP = tokenMintFailuresIP
        self.profilesMe = profilesMe
        self.findOrCreateIP = findOrCreateIP
        self.findOrCreateToken = findOrCreateToken
        self.trustedProxies = trustedProxies
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        // Each route declares its rule (`Route.rateLimit`); a method it does not serve (405) is not limited.
        guard let route = RouteTable.route(endpoint: context.endpointPath), route.methods.contains(request.method) else {
            return try await next(request, context)
        }
        switch route.rateLimit {
        case .tokenMint:
            if let tokenMint, let bearer = BearerToken.from(request) {
                try Self.take(tokenMint, RateLimitKey(hashing: bearer))
            }
        case .findOrCreate:
            if let findOrCreateIP {
                let client = ClientAddress(
                    peer: context.remoteAddress, headers: request.headers, authority: nil, trustedProxies: trustedProxies)
                try await findOrCreateIP.take(client.budgetKey)
            }
        case .profilesMe, .none:
            break
        }
        return try await next(request, context)
    }

    /// The per-ID-token limit of a route's rule, if it has one and it is on.
    func tokenLimiter(for rule: Route.RateLimitRule) -> RateLimiter? {
        switch rule {
        case .profilesMe: profilesMe
        case .findOrCreate: findOrCreateToken
        case .tokenMint, .none: nil
        }
    }

    /// Passes, or throws the 429.
    static func take(_ limiter: RateLimiter, _ key: RateLimitKey) throws(OmneoHTTPError) {
        if case .limited(let retryAfter) = limiter.acquire(key) {
            throw OmneoHTTPError(.tooManyRequests, .tooManyAttempts, headers: [.retryAfter: String(retryAfter)])
        }
    }
}
