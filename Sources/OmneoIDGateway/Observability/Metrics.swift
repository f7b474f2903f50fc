import HTTPTypes
import Metrics
import Synchronization

/// The gateway's metrics, made through swift-metrics (`MetricsSystem.factory` unless a
/// factory is injected, as tests do with their own Prometheus registry).
///
/// Names (Prometheus, see docs/DECISIONS.md):
/// * `omneo_id_http_requests_total{route,method,status}` and
///   `omneo_id_http_request_duration_seconds{route,method,status}` (histogram): one per request,
///   `route` the router's template (`/id/api/v1/profiles/me/**`, `NotFound`, …), never the raw path;
/// * `omneo_id_upstream_request_duration_seconds{call}` (histogram, to the response head) and
///   `omneo_id_upstream_errors_total{call,kind}`: `call` is `json` (the gateway's own calls) or
///   `proxy` (the forwarder); `kind` is `unavailable`, `timeout`, `bad_response`, `status_5xx`
///   or `refused_credentials` (401/403 to the service token);
/// * `omneo_id_tokens_minted_total{kind}`: `profile` or `anonymous`;
/// * `omneo_id_locations_cache_hits_total`, `omneo_id_locations_cache_misses_total` (a miss is one upstream fetch);
/// * `omneo_id_data_plane_answers_total`: requests answered in the channel pipeline (`OMNEO_ID_DATA_PLANE`),
///   also counted in `omneo_id_http_requests_total` like every other;
/// * `omneo_id_rate_limited_total{limit}` (429s) and `omneo_id_rate_limit_evictions_total{limit}`
///   (buckets dropped before they had refilled because the table was full).
///
/// Per-request series are made once per label set and then reused from a small table, so a
/// request costs one short lock, one dictionary look-up and two atomic updates.
public final class GatewayMetrics: Sendable {
    /// Metrics that go nowhere (the default of a bare `Upstream`).
    public static let disabled = GatewayMetrics(factory: NOOPMetricsHandler.instance)

    let factory: any MetricsFactory

    private struct RequestKey: Hashable {
        let route: String
        let method: HTTPRequest.Method
        let status: Int
    }

    private struct RequestSeries: Sendable {
        let count: Counter
        let duration: Timer
    }

    private let requests = Mutex<[RequestKey: RequestSeries]>([:])
    /// Route labels are templates, methods and statuses small sets: this bounds the table anyway.
    private static let maxRequestSeries = 4096

    let upstreamJSONDuration: Timer
    let upstreamProxyDuration: Timer
    private let upstreamErrors: [String: Counter]
    let mintedProfile: Counter
    let mintedAnonymous: Counter
    let locationsCacheHits: Counter
    let locationsCacheMisses: Counter
    let dataPlaneAnswers: Counter

    public init(factory: any MetricsFactory = MetricsSystem.factory) {
        self.factory = factory
        upstreamJSONDuration = Timer(
            label: "omneo_id_upstream_request_duration_seconds", dimensions: [("call", "json")], factory: factory)
        upstreamProxyDuration = Timer(
            label: "omneo_id_upstream_request_duration_seconds", dimensions: [("call", "proxy")], factory: factory)
        var errors: [String: Counter] = [:]
        for call in ["json", "proxy"] {
            for kind in UpstreamFailure.allCases {
                errors[call + "/" + kind.rawValue] = Counter(
                    label: "omneo_id_upstream_errors_total", dimensions: [("call", call), ("kind", kind.rawValue)],
                    factory: factory)
            }
        }
        upstreamErrors = errors
        mintedProfile = Counter(label: "omneo_id_tokens_minted_total", dimensions: [("kind", "profile")], factory: factory)
        mintedAnonymous = Counter(label: "omneo_id_tokens_minted_total", dimensions: [("kind", "anonymous")], factory: factory)
        locationsCacheHits = Counter(label: "omneo_id_locations_cache_hits_total", factory: factory)
        locationsCacheMisses = Counter(label: "omneo_id_locations_cache_misses_total", factory: factory)
        dataPlaneAnswers = Counter(label: "omneo_id_data_plane_answers_total", factory: factory)
    }

    /// Counts one finished request and records its duration.
    func request(route: String, method: HTTPRequest.Method, status: Int, duration: Duration) {
        let key = RequestKey(route: route, method: method, status: status)
        let series = requests.withLock { table -> RequestSeries? in
            if let series = table[key] { return series }
            guard table.count < Self.maxRequestSeries else { return nil }
            let dimensions = [("route", route), ("method", method.rawValue), ("status", String(status))]
            let series = RequestSeries(
                count: Counter(label: "omneo_id_http_requests_total", dimensions: dimensions, factory: factory),
                duration: Timer(label: "omneo_id_http_request_duration_seconds", dimensions: dimensions, factory: factory))
            table[key] = series
            return series
        }
        guard let series else { return }
        series.count.increment()
        series.duration.recordNanoseconds(Self.nanoseconds(duration))
    }

    /// Why an upstream call did not give a usable answer.
    enum UpstreamFailure: String, CaseIterable {
        case unavailable
        case timeout
        case badResponse = "bad_response"
        case status5xx = "status_5xx"
        /// The upstream answered 401/403 to the service token.
        case refusedCredentials = "refused_credentials"
    }

    /// Which kind of upstream call.
    enum UpstreamCall: String {
        /// A buffered JSON call on the gateway's own account (`Upstream.json`).
        case json
        /// A forwarded `/profiles/me` request (`Forwarder`).
        case proxy
    }

    /// Records one upstream call: its time to the response head, and its failure if any.
    func upstream(_ call: UpstreamCall, duration: Duration, failure: UpstreamFailure?) {
        let timer = call == .json ? upstreamJSONDuration : upstreamProxyDuration
        timer.recordNanoseconds(Self.nanoseconds(duration))
        if let failure {
            upstreamErrors[call.rawValue + "/" + failure.rawValue]?.increment()
        }
    }

    /// Counts a minted ID token.
    func tokenMinted(anonymous: Bool) {
        (anonymous ? mintedAnonymous : mintedProfile).increment()
    }

    /// Counts a locations cache look-up answered from the cache (`hit`) or by an upstream fetch.
    func locationsCache(hit: Bool) {
        (hit ? locationsCacheHits : locationsCacheMisses).increment()
    }

    /// The counters of one rate limit (made once, at start).
    func rateLimit(_ name: String) -> (limited: Counter, evictions: Counter) {
        (
            Counter(label: "omneo_id_rate_limited_total", dimensions: [("limit", name)], factory: factory),
            Counter(label: "omneo_id_rate_limit_evictions_total", dimensions: [("limit", name)], factory: factory)
        )
    }

    static func nanoseconds(_ duration: Duration) -> Int64 {
        let parts = duration.components
        return parts.seconds * 1_000_000_000 + parts.attoseconds / 1_000_000_000
    }
}
