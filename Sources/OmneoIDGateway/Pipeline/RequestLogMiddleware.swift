import Foundation
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
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        let route = context.endpointPath ?? "unmatched"
        let client = ClientAddress(
            peer: context.remoteAddress, headers: request.headers, authority: request.head.authority,
            trustedProxies: trustedProxies)
        metrics.request(route: route, method: request.method, status: response.status.code, duration: elapsed)
        context.logger.info(
            "request",
            metadata: [
                "method": .string(request.method.rawValue),
                "route": .string(route),
                "status": .stringConvertible(response.status.code),
                "duration_ms": .stringConvertible((milliseconds * 100).rounded() / 100),
                "client": .string(client.ip),
            ])
        return response
    }
}
