import HTTPTypes
import Hummingbird
import OmneoHTTP
import OmneoIDConfiguration

/// `GET|HEAD /id/api/v1/locations[/{id}]` → `{upstream}/locations[/{id}]`, read-only,
/// through a shared response cache.
///
/// Only Omneo's list parameters are accepted in the query (`LocationQuery`, others 400);
/// cache misses are limited per client and per token (`LocationMissBudget`); 404s are
/// cached briefly (`StoredResponse.notFoundLifetime`).
/// The raw query goes upstream as received (only made URL-safe), and the body comes back
/// byte for byte: `links` and `meta.path` in list answers name the upstream, as it wrote them.
struct LocationRoutes {
    let verifier: TokenVerifier
    let upstream: Upstream
    /// Served without a token (`OMNEO_ID_LOCATIONS_PUBLIC`).
    let isPublic: Bool
    /// Seconds (`OMNEO_ID_LOCATIONS_CACHE_TTL`); 0 turns caching and request collapsing off.
    let ttl: Int
    let cache: ResponseCache
    /// Concurrent misses of one key, collapsed into one upstream call (shared with the data plane).
    let flights: SingleFlight<String, StoredResponse>
    /// Upstream fetches (cache misses) per client and per token.
    let misses: LocationMissBudget
    let trustedProxies: [CIDR]

    init(
        verifier: TokenVerifier, upstream: Upstream, settings: OmneoIDSettings, cache: ResponseCache = ResponseCache(),
        flights: SingleFlight<String, StoredResponse> = SingleFlight(), misses: LocationMissBudget? = nil
    ) {
        self.verifier = verifier
        self.upstream = upstream
        self.isPublic = settings.locationsPublic
        self.ttl = settings.locationsCacheTTL
        self.cache = cache
        self.flights = flights
        self.misses = misses ?? LocationMissBudget(settings: settings, metrics: upstream.metrics)
        self.trustedProxies = settings.trustedProxies
    }

    /// Registers ``RouteFamily/locations`` and ``RouteFamily/location`` alone on `router`.
    func register(on router: Router<GatewayRequestContext>) {
        let guards = RouteGuards(verifier: verifier, locationsPublic: isPublic, apiTokens: nil, rateLimits: nil)
        RouteTable.register([.locations, .location], on: router, guards: guards) { _ in .open(respond(to:context:)) }
    }

    func respond(to request: Request, context: GatewayRequestContext) async throws -> Response {
        // Verified by the route's authentication unless the locations are public.
        let token = context.verifiedToken
        let location = try LocationTarget(context.target)
        let (path, query) = (location.path, location.query)
        let client = ClientAddress(
            peer: context.remoteAddress, headers: request.headers, authority: nil, trustedProxies: trustedProxies)
        let chargeMiss = { () throws(OmneoHTTPError) in
            try misses.take(client: client.budgetKey, token: token.map { RateLimitKey(hashing: $0.rateLimitKey) })
        }
        guard ttl > 0 else {
            try chargeMiss()
            return try await fetch(path, query: query, requestID: context.requestID)
                .response(to: request, cacheStatus: "MISS")
        }
        let key = location.cacheKey
        if let hit = cache.get(key) {
            upstream.metrics.locationsCache(hit: true)
            return hit.response.response(to: request, cacheStatus: "HIT", age: hit.age)
        }
        try chargeMiss()
        let requestID = context.requestID
        let fetched = try await flights.run(key) { [cache, upstream] in
            // A flight that ended just before this one began may have filled the cache.
            if let hit = cache.get(key) {
                upstream.metrics.locationsCache(hit: true)
                return hit.response
            }
            upstream.metrics.locationsCache(hit: false)
            let response = try await fetch(path, query: query, requestID: requestID)
            cache.put(key, response)
            return response
        }
        return fetched.response(to: request, cacheStatus: "MISS")
    }

    /// One upstream GET, buffered (bounded by `Upstream.maxJSONResponse`); 502/504 when it fails.
    func fetch(_ path: UpstreamPath, query: String?, requestID: String) async throws -> StoredResponse {
        let answer: Upstream.JSONResponse
        do {
            answer = try await upstream.json(.GET, path, query: query, requestID: requestID)
        } catch let error as UpstreamError {
            throw error.httpError
        }
        return StoredResponse(
            status: HTTPResponse.Status(code: Int(answer.status.code)),
            upstreamHeaders: answer.headers.map { (name: $0.name.lowercased(), value: $0.value) },
            body: answer.body, ttl: ttl)
    }
}
