import HTTPTypes
import NIOCore
import OmneoHTTP

/// The data plane's part of a `/locations[/{id}]` cache miss: what `LocationRoutes.respond`
/// lets through to the upstream (token valid or routes public, query allowed, path one of the
/// two, a miss taken from `LocationMissBudget`), then the fill through the pool of the
/// connection's loop into the route's own cache, collapsed with every concurrent miss of the
/// same key, whichever path leads it (`SingleFlight`). Anything refused is left to the route.
struct LocationMisses: Sendable {
    /// The cache `LocationRoutes` fills; `nil` when caching is off (`OMNEO_ID_LOCATIONS_CACHE_TTL=0`):
    /// then every miss is fetched on its own, as the route does.
    let cache: ResponseCache?
    let flights: SingleFlight<String, StoredResponse>
    let budget: LocationMissBudget
    let verifier: TokenVerifier
    /// Served without a token (`OMNEO_ID_LOCATIONS_PUBLIC`).
    let isPublic: Bool
    /// `OMNEO_ID_LOCATIONS_CACHE_TTL`, for `StoredResponse`.
    let ttl: Int
    let upstream: Upstream
    let pools: UpstreamPools

    /// Where the miss goes upstream, with a miss taken from the budget; `nil` when the route
    /// must answer (a refused token or query, a spent budget: its checks refuse it alike).
    func admit(_ request: HTTPRequest, target: RequestTarget, client: ClientAddress) -> LocationTarget? {
        var tokenKey: RateLimitKey?
        if !isPublic {
            guard let bearer = BearerToken.from(request.headerFields), let token = try? verifier.verify(String(bearer)) else {
                return nil
            }
            tokenKey = RateLimitKey(hashing: token.rateLimitKey)
        }
        guard let location = try? LocationTarget(target), budget.admits(client: client.budgetKey, token: tokenKey) else {
            return nil
        }
        return location
    }

    /// Fills `location` (or joins the fill under way), through `pool`; `completion` is called
    /// once, on the pool's event loop, never before this returns.
    func fill(
        _ location: LocationTarget, requestID: String, pool: UpstreamConnectionPool,
        completion: @escaping (Result<StoredResponse, OmneoHTTPError>) -> Void
    ) {
        let loop = pool.eventLoop
        guard let cache else {
            return LocationFill.start(
                location, upstream: upstream, ttl: ttl, requestID: requestID, on: pool, completion: completion)
        }
        let key = location.cacheKey
        let waiter = NIOLoopBound(completion, eventLoop: loop)
        let leads = flights.join(key) { result in
            // Landed on any thread (the route's task, another loop): back to this connection's loop.
            loop.execute {
                waiter.value(result.mapError { ($0 as? OmneoHTTPError) ?? UpstreamError.unavailable.httpError })
            }
        }
        guard leads else { return }
        let (flights, metrics) = (flights, upstream.metrics)
        // A flight that ended just before this one began may have filled the cache.
        if let hit = cache.get(key) {
            metrics.locationsCache(hit: true)
            return flights.land(key, .success(hit.response))
        }
        metrics.locationsCache(hit: false)
        LocationFill.start(location, upstream: upstream, ttl: ttl, requestID: requestID, on: pool) { result in
            if case .success(let response) = result { cache.put(key, response) }
            flights.land(key, result.mapError { $0 })
        }
    }
}
