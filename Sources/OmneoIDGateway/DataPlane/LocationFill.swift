import HTTPTypes
import NIOCore
import NIOHTTP1
import OmneoHTTP

/// The upstream GET of one `/locations` cache miss through the data plane's pool, collected
/// into the `StoredResponse` the route makes (`LocationRoutes.fetch`): the same request headers
/// as `Upstream.json` (service token, `Accept`, `X-Request-Id`), the same bound on the answer
/// (`Upstream.maxJSONResponse`), the same failures (401/403 → the refused-credentials 502,
/// silence → 504, anything else → 502) and the same upstream metrics. Not tied to any client
/// connection: a client that goes away does not stop a fill other requests wait for.
final class LocationFill: UpstreamExchangeDelegate {
    typealias Completion = (Result<StoredResponse, OmneoHTTPError>) -> Void

    private let upstream: Upstream
    private let ttl: Int
    private let requestID: String
    private let completion: Completion
    private let started = ContinuousClock.now
    private var head: (HTTPResponseHead, at: ContinuousClock.Instant)?
    private var body = ByteBuffer()
    private var isDone = false

    private init(upstream: Upstream, ttl: Int, requestID: String, completion: @escaping Completion) {
        self.upstream = upstream
        self.ttl = ttl
        self.requestID = requestID
        self.completion = completion
    }

    /// Starts the GET of `target` on `pool` (on its loop); `completion` is called once, on that loop.
    static func start(
        _ target: LocationTarget, upstream: Upstream, ttl: Int, requestID: String, on pool: UpstreamConnectionPool,
        completion: @escaping Completion
    ) {
        var headers = HTTPHeaders()
        headers.add(name: "Authorization", value: upstream.serviceAuthorization)
        headers.add(name: "Accept", value: "application/json")
        headers.add(name: "X-Request-Id", value: requestID)
        let head = HTTPRequestHead(
            version: .http1_1, method: .GET, uri: upstream.target(target.path, query: target.query), headers: headers)
        let fill = LocationFill(upstream: upstream, ttl: ttl, requestID: requestID, completion: completion)
        _ = pool.execute(UpstreamRequest(head: head, hasBody: false, retryable: true), delegate: fill)
    }

    // MARK: UpstreamExchangeDelegate

    func exchange(_ exchange: UpstreamExchange, didReceiveHead head: HTTPResponseHead) {
        self.head = (head, ContinuousClock.now)
        exchange.demand()
    }

    func exchange(_ exchange: UpstreamExchange, didReceiveBodyPart part: ByteBuffer) {
        guard part.readableBytes <= Upstream.maxJSONResponse - body.readableBytes else {
            exchange.cancel()
            upstream.record(.json, since: started, failure: .badResponse, requestID: requestID)
            return finish(.failure(UpstreamError.badResponse.httpError))
        }
        var part = part
        body.writeBuffer(&part)
        exchange.demand()
    }

    func exchangeDidFinish(_ exchange: UpstreamExchange) {
        guard let (head, headAt) = head else {
            return finish(.failure(UpstreamError.unavailable.httpError))
        }
        if head.status == .unauthorized || head.status == .forbidden {
            upstream.record(.json, since: started, until: headAt, failure: .refusedCredentials, requestID: requestID)
            return finish(.failure(UpstreamError.refusedCredentials.httpError))
        }
        let failure: GatewayMetrics.UpstreamFailure? = head.status.code >= 500 ? .status5xx : nil
        upstream.record(.json, since: started, until: headAt, failure: failure, requestID: requestID)
        finish(
            .success(
                StoredResponse(
                    status: HTTPResponse.Status(code: Int(head.status.code)),
                    upstreamHeaders: head.headers.map { (name: $0.name.lowercased(), value: $0.value) }, body: body, ttl: ttl)))
    }

    func exchange(_ exchange: UpstreamExchange, didFail error: UpstreamExchangeError) {
        let timedOut = error == .timeout
        upstream.record(.json, since: started, failure: timedOut ? .timeout : .unavailable, requestID: requestID)
        finish(.failure((timedOut ? UpstreamError.timeout : UpstreamError.unavailable).httpError))
    }

    private func finish(_ result: Result<StoredResponse, OmneoHTTPError>) {
        guard !isDone else { return }
        isDone = true
        completion(result)
    }
}
