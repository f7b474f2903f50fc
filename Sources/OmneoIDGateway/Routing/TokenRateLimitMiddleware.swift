import Hummingbird

/// A per-ID-token limit of DESIGN §2.5 (`OMNEO_ID_RATE_LIMIT_PROFILES_ME`,
/// `OMNEO_ID_RATE_LIMIT_FIND_OR_CREATE_TOKEN`), keyed by the token's `rateLimitKey`; runs right
/// after ``IDTokenAuthenticationMiddleware``, so the token is verified once.
struct TokenRateLimitMiddleware: RouterMiddleware {
    typealias Context = GatewayRequestContext
    let limiter: RateLimiter

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let token = context.verifiedToken {
            try RateLimitMiddleware.take(limiter, RateLimitKey(hashing: token.rateLimitKey))
        }
        return try await next(request, context)
    }
}
