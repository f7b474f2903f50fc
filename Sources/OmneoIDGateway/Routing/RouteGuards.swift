import Hummingbird

/// What runs between the router and a route's handler, as the route declares it: its
/// authentication, then its per-token rate limit. (The limits keyed by API token or client IP
/// run before, in ``RateLimitMiddleware``.)
struct RouteGuards: Sendable {
    let verifier: TokenVerifier
    /// `OMNEO_ID_LOCATIONS_PUBLIC`.
    let locationsPublic: Bool
    /// `nil` only where no API-token route is registered; registering one without it traps.
    let apiTokens: APITokenAuthenticationMiddleware?
    let rateLimits: RateLimitMiddleware?

    /// The middleware of `route`, in order.
    func middlewares(for route: Route) -> [any MiddlewareProtocol<Request, Response, GatewayRequestContext>] {
        switch route.authentication.required(locationsPublic: locationsPublic) {
        case .none:
            return []
        case .apiToken:
            guard let apiTokens else { preconditionFailure("\(route.template) needs the API-token authenticator") }
            return [apiTokens]
        case .idToken, .profileIDToken, .idTokenUnlessLocationsPublic:
            let limit = rateLimits?.tokenLimiter(for: route.rateLimit).map { TokenRateLimitMiddleware(limiter: $0) }
            return [IDTokenAuthenticationMiddleware(verifier: verifier)] + (limit.map { [$0] } ?? [])
        }
    }
}
