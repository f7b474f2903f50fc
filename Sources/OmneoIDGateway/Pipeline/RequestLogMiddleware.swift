import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import OmneoHTTP
import OmneoIDConfiguration

/// Gives each request its `X-Request-Id` (kept when well-formed, else generated), puts
/// it on every response, and writes one access-log line per request: method, route
/// template (never the raw path, which may hold ids), status, duration, request id and the
/// client's address (as `OMNEO_ID_TRUSTED_PROXIES` lets it be known).
/// Nothing from headers, query or body is logged. The same facts feed the request metrics
/// (`omneo_id_http_requests_total`, `omneo_id_http_request_duration_seconds`).
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = GatewayRequestContext

    var metrics: GatewayMetrics = .disabled
    var trustedProxies: [CIDR] = []

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var context = context
        let requestID = RequestID.of(request)
        context.requestID = requestID
        context.logger[metadataKey: "request_id"] = .string(requestID)
        // Errors are responses by now (`OmneoErrorMiddleware`, installed inside this one).
        var response = try await next(request, context)
        response.headers[.requestID] = requestID
        let client = ClientAddress(
            peer: context.remoteAddress, headers: request.headers, authority: request.head.authority,
            trustedProxies: trustedProxies)
        record(
            method: request.method, route: context.endpointPath ?? "unmatched", status: response.status.code,
            elapsed: ContinuousClock.now - start, client: client, logger: context.logger)
        return response
    }

    /// The request metrics and the access-log line of one answered request (both paths).
    func record(method: HTTPRequest.Method, route: String, status: Int, elapsed: Duration, client: ClientAddress, logger: Logger) {
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        metrics.request(route: route, method: method, status: status, duration: elapsed)
        logger.info(
            "request",
            metadata: [
                "method": .string(method.rawValue),
                "route": .string(route),
                "status": .stringConvertible(status),
                "duration_ms": .stringConvertible((milliseconds * 100).rounded() / 100),
                "client": .string(client.ip),
            ])
    }
}
