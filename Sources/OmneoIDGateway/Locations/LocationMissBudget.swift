import OmneoHTTP
import OmneoIDConfiguration
import OmneoModels

/// How many `/locations` cache misses (each one upstream call on the service token) a
/// caller may cause: per client address (IPv6: /64, `OMNEO_ID_RATE_LIMIT_LOCATIONS_MISSES_IP`)
/// and per ID token (`OMNEO_ID_RATE_LIMIT_LOCATIONS_MISSES_TOKEN`). Over either → 429
/// `Too Many Attempts.` with `Retry-After`. Cache hits are never limited. A synchronous
/// decision, callable from a route or a channel handler.
struct LocationMissBudget: Sendable {
    let perIP: RateLimiter?
    let perToken: RateLimiter?

    init(metrics: GatewayMetrics, maxKeys: Int, ipLimit: OmneoIDSettings.RateLimit?, tokenLimit: OmneoIDSettings.RateLimit?) {
        perIP = ipLimit.map { RateLimiter(name: "locations_misses_ip", limit: $0, maxKeys: maxKeys, metrics: metrics) }
        perToken = tokenLimit.map { RateLimiter(name: "locations_misses_token", limit: $0, maxKeys: maxKeys, metrics: metrics) }
    }

    init(settings: OmneoIDSettings, metrics: GatewayMetrics) {
        self.init(
            metrics: metrics, maxKeys: settings.rateLimitMaxKeys, ipLimit: settings.rateLimitLocationsMissesIP,
            tokenLimit: settings.rateLimitLocationsMissesToken)
    }

    /// Takes one miss from the client's and the token's budgets, or throws the 429.
    func take(client: RateLimitKey, token: RateLimitKey?) throws(OmneoHTTPError) {
        if let perIP { try RateLimitMiddleware.take(perIP, client) }
        if let perToken, let token { try RateLimitMiddleware.take(perToken, token) }
    }

    /// Takes one miss like `take`, but answers `false` instead of throwing, without counting the
    /// refusal and without keeping a charge on either budget: for the data plane, which hands a
    /// refused miss to the route, whose `take` then refuses it (and counts it) once.
    func admits(client: RateLimitKey, token: RateLimitKey?) -> Bool {
        if let perIP, case .limited = perIP.acquire(client, countsRefusal: false) { return false }
        if let perToken, let token, case .limited = perToken.acquire(token, countsRefusal: false) {
            perIP?.giveBack(client)
            return false
        }
        return true
    }
}
