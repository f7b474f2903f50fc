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
    /// The route templates, as Hummingbird's router reports them.
    static let listRoute = Gateway.basePath + "/locations"
    static let itemRoute = Gateway.basePath + "/locations/{id}"

    /// The route template of `target` when the router would give it to these routes, else `nil`.
    static func route(of target: RequestTarget) -> String? {
        let segments = target.segments
        guard segments.count == 4 || segments.count == 5,
            zip(segments, ["id", "api", "v1", "locations"]).allSatisfy({ $0.encoded == $1 })
        else { return nil }
        return segments.count == 4 ? listRoute : itemRoute
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
