import HTTPTypes
import OmneoHTTP

/// The data plane's part of `/locations[/{id}]`: a fresh entry of the route's own cache, for a
/// request the route would answer from it (`LocationRoutes.respond`: token valid or routes
/// public, query allowed, path one of the two). Anything else is left to the route.
struct LocationHits: Sendable {
    /// The cache `LocationRoutes` fills; `nil` when caching is off (`OMNEO_ID_LOCATIONS_CACHE_TTL=0`).
    let cache: ResponseCache?
    let verifier: TokenVerifier
    /// Served without a token (`OMNEO_ID_LOCATIONS_PUBLIC`).
    let isPublic: Bool
    let metrics: GatewayMetrics

    /// What every target of these routes starts with.
    static let prefix = Gateway.basePath + "/locations"
    /// The route template of `target` when the router would give it to these routes (the
    /// route table's `locations` or `location`), else `nil`. The dispatcher has checked the raw
    /// target starts with `prefix`, so the literal segments match undecoded, as the router's do.
    static func route(of target: RequestTarget) -> String? {
        guard let (route, _) = RouteTable.match(segments: target.segments),
            route.family == .locations || route.family == .location
        else { return nil }
        return RouteTable.template(of: route)
    }

    /// The cached answer and its age, or `nil` when the route must answer (a miss, a refused
    /// token, a refused query).
    func hit(_ request: HTTPRequest, target: RequestTarget) -> ResponseCache.Hit? {
        guard let cache else { return nil }
        if !isPublic {
            guard let bearer = BearerToken.from(request.headerFields), (try? verifier.verify(String(bearer))) != nil else {
                return nil
            }
        }
        guard let location = try? LocationTarget(target), let hit = cache.get(location.cacheKey) else { return nil }
        metrics.locationsCache(hit: true)
        return hit
    }
}
