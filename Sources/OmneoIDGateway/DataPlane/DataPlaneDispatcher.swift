import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NIOHTTP1
import NIOHTTPTypesHTTP1
import OmneoHTTP
import OmneoIDConfiguration

/// Decides, for one request head, whether the data plane answers it (the happy path of a hot
/// route) or hands it to Hummingbird; synchronous, on the connection's event loop.
///
/// A request is taken on only when nothing about it would make Hummingbird's middleware or
/// routes answer differently: GET/HEAD without a body, one `Authorization` at most, no stray
/// `Host`, a clean target (`RequestTarget`) of a hot route. Every error answer (400, 401, 404,
/// …) is left to Hummingbird, so it has one implementation. What both paths do to an answer
/// (CORS, `X-Request-Id`, the access log and request metrics) is the same code, called here.
struct DataPlaneDispatcher: Sendable {
    let locations: LocationHits
    /// `/profiles/me[/…]` through the upstream pools; `nil` leaves them to Hummingbird.
    let profiles: ProfileForwarding?
    /// `/locations` cache misses through the upstream pools; `nil` leaves them to Hummingbird.
    var locationMisses: LocationMisses? = nil
    let cors: GatewayCORSMiddleware?
    let log: RequestLogMiddleware
    let trustedProxies: [CIDR]
    /// The application's logger (Hummingbird's request loggers derive from it).
    let logger: Logger

    /// What the data plane does with a request it takes on.
    enum Work {
        /// Answer it at once.
        case answer(DataPlaneAnswer)
        /// Relay an upstream exchange's answer.
        case relay(ProfileRelay.Plan)
        /// Answer a `/locations` cache miss once its fill lands.
        case fill(LocationRelay.Plan)
        /// Relay a write: its body goes upstream as it arrives, then the answer comes back.
        case upload(ProfileRelay.Plan, RequestBodyFraming)
    }

    /// The work when the data plane serves this request, else `nil` (Hummingbird does).
    func take(_ head: HTTPRequestHead, peer: SocketAddress?) -> Work? {
        guard head.method == .GET || head.method == .HEAD else {
            return takeWrite(head, peer: peer).map { .upload($0, $1) }
        }
        let isLocations = head.uri.hasPrefix(LocationHits.prefix)
        guard isLocations || (profiles != nil && head.uri.hasPrefix(ProfileForwarding.prefix)) else { return nil }
        let headers = head.headers
        guard !headers.contains(name: "content-length"), !headers.contains(name: "transfer-encoding"),
            OriginFormGuard.hostCount(headers) <= 1,
            let request = try? HTTPRequest(head, secure: false, splitCookie: false),
            request.headerFields[values: .authorization].count <= 1,
            request.headerFields[RequestHygieneMiddleware.host] == nil,
            let target = try? RequestTarget(raw: request.path ?? "")
        else { return nil }
        if isLocations {
            guard let route = LocationHits.route(of: target) else { return nil }
            guard let hit = locations.hit(request, target: target) else {
                return locationMiss(request, target: target, route: route, peer: peer)
            }
            let stored = hit.response.answer(method: request.method, headers: request.headerFields, cacheStatus: "HIT", age: hit.age)
            let body: ByteBuffer? = if case .bytes(let bytes) = stored.body { bytes } else { nil }
            let requestID = RequestID.of(request.headerFields)
            var headers = stored.headers
            finish(&headers, request: request, requestID: requestID)
            return .answer(
                DataPlaneAnswer(
                    response: HTTPResponse(status: stored.status, headerFields: headers), body: body,
                    closesConnection: Self.closes(request),
                    record: record(request, peer: peer, route: route, status: stored.status.code, requestID: requestID)))
        }
        guard let profiles, let (route, rest) = ProfileForwarding.route(of: target) else { return nil }
        let requestID = RequestID.of(request.headerFields)
        let client = ClientAddress(
            peer: peer, headers: request.headerFields, authority: request.authority, trustedProxies: trustedProxies)
        guard let (upstreamRequest, ticket, rewriter) = profiles.plan(
            request, target: target, rest: rest, client: client, requestID: requestID)
        else { return nil }
        return .relay(
            ProfileRelay.Plan(
                request: upstreamRequest, ticket: ticket, rewriter: rewriter, isHead: request.method == .head,
                finish: { [self] headers in finish(&headers, request: request, requestID: requestID) },
                record: .init(method: request.method, route: route, status: 0, client: client, requestID: requestID),
                closesConnection: Self.closes(request)))
    }

    /// A `/locations` miss the data plane fills, or `nil` when the route must answer it.
    private func locationMiss(_ request: HTTPRequest, target: RequestTarget, route: String, peer: SocketAddress?) -> Work? {
        guard let locationMisses else { return nil }
        let client = ClientAddress(
            peer: peer, headers: request.headerFields, authority: request.authority, trustedProxies: trustedProxies)
        guard let location = locationMisses.admit(request, target: target, client: client) else { return nil }
        let requestID = RequestID.of(request.headerFields)
        return .fill(
            LocationRelay.Plan(
                location: location, method: request.method, headers: request.headerFields,
                finish: { [self] headers in finish(&headers, request: request, requestID: requestID) },
                record: .init(method: request.method, route: route, status: 0, client: client, requestID: requestID),
                closesConnection: Self.closes(request)))
    }

    /// Hummingbird closes after an answer when the request says exactly `Connection: close`.
    static func closes(_ request: HTTPRequest) -> Bool {
        request.headerFields[.connection] == "close"
    }

    /// Adds what every answer gets (CORS, `X-Request-Id`, `Date`), in Hummingbird's order.
    func finish(_ headers: inout HTTPFields, request: HTTPRequest, requestID: String) {
        if let cors {
            cors.decorate(&headers, allowed: request.headerFields[.origin].flatMap(cors.allowOrigin(for:)))
        }
        headers.setScanned(.requestID, requestID)
        headers.setScanned(.date, HTTPDate.now())
    }

    private func record(
        _ request: HTTPRequest, peer: SocketAddress?, route: String, status: Int, requestID: String
    ) -> DataPlaneAnswer.Record {
        let client = ClientAddress(
            peer: peer, headers: request.headerFields, authority: request.authority, trustedProxies: trustedProxies)
        return .init(method: request.method, route: route, status: status, client: client, requestID: requestID)
    }

    /// The access-log line and request metrics of an answer written in `elapsed`.
    func record(_ record: DataPlaneAnswer.Record, elapsed: Duration) {
        log.metrics.dataPlaneAnswers.increment()
        var logger = logger
        // The logger only writes the access line, at `info`: below that level its metadata is never read.
        if logger.logLevel <= .info {
            logger[metadataKey: "hb.request.id"] = .stringConvertible(Hummingbird.RequestID())
            logger[metadataKey: "request_id"] = .string(record.requestID)
        }
        log.record(
            method: record.method, route: record.route, status: record.status, elapsed: elapsed, client: record.client,
            logger: logger)
    }
}
