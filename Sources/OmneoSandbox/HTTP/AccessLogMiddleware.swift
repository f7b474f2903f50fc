import Hummingbird
import Logging

/// Logs method, path and status of every request. Never the query string (it may hold an
/// e-mail filter) nor headers (they hold the token).
struct AccessLogMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            log(request, context: context, status: response.status.code, since: start)
            return response
        } catch let error as any HTTPResponseError {
            log(request, context: context, status: error.status.code, since: start)
            throw error
        }
    }

    private func log(_ request: Request, context: Context, status: Int, since start: ContinuousClock.Instant) {
        let elapsed = start.duration(to: .now)
        context.logger.debug(
            "\(request.method) \(request.uri.path) \(status)",
            metadata: [
                "duration_ms":
                    "\(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)"
            ]
        )
    }
}
