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
    let cors: GatewayCORSMiddleware?
    let log: RequestLogMiddleware
    let trustedProxies: [CIDR]
    /// The application's logger (Hummingbird's request loggers derive from it).
    let logger: Logger

    /// The answer when the data plane serves this request, else `nil` (Hummingbird does).
    func answer(to head: HTTPRequestHead, peer: SocketAddress?) -> DataPlaneAnswer? {
        guard head.method == .GET || head.method == .HEAD, head.uri.hasPrefix(LocationHits.prefix) else { return nil }
        let headers = head.headers
        guard !headers.contains(name: "content-length"), !headers.contains(name: "transfer-encoding"),
            headers["host"].count <= 1,
            let request = try? HTTPRequest(head, secure: false, splitCookie: false),
            request.headerFields[values: .authorization].count <= 1,
            request.headerFields[RequestHygieneMiddleware.host] == nil,
            let target = try? RequestTarget(raw: request.path ?? ""),
            let route = LocationHits.route(of: target),
            let hit = locations.hit(request, target: target)
        else { return nil }
        let stored = hit.response.answer(method: request.method, headers: request.headerFields, cacheStatus: "HIT", age: hit.age)
        let body: ByteBuffer? = if case .bytes(let bytes) = stored.body { bytes } else { nil }
        return finish(request, peer: peer, route: route, status: stored.status, headers: stored.headers, body: body)
    }

    /// Adds what every answer gets (CORS, `X-Request-Id`, `Date`, in Hummingbird's order).
    private func finish(
        _ request: HTTPRequest, peer: SocketAddress?, route: String, status: HTTPResponse.Status, headers: HTTPFields,
        body: ByteBuffer?
    ) -> DataPlaneAnswer {
        var headers = headers
        if let cors {
            cors.decorate(&headers, allowed: request.headerFields[.origin].flatMap(cors.allowOrigin(for:)))
        }
        let requestID = RequestID.of(request.headerFields)
        headers[.requestID] = requestID
        headers[.date] = HTTPDate.now()
        let client = ClientAddress(
            peer: peer, headers: request.headerFields, authority: request.authority, trustedProxies: trustedProxies)
        return DataPlaneAnswer(
            response: HTTPResponse(status: status, headerFields: headers), body: body,
            closesConnection: request.headerFields[.connection] == "close",
            record: .init(method: request.method, route: route, status: status.code, client: client, requestID: requestID))
    }

    /// The access-log line and request metrics of an answer written in `elapsed`.
    func record(_ record: DataPlaneAnswer.Record, elapsed: Duration) {
        log.metrics.dataPlaneAnswers.increment()
        var logger = logger
        logger[metadataKey: "hb.request.id"] = .stringConvertible(Hummingbird.RequestID())
        logger[metadataKey: "request_id"] = .string(record.requestID)
        log.record(
            method: record.method, route: record.route, status: record.status, elapsed: elapsed, client: record.client,
            logger: logger)
    }
}
