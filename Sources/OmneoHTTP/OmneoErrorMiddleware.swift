import Hummingbird
import Logging
import OmneoModels

/// Turns every error into a response in Omneo's shape, so the middlewares around it
/// (request id, access log, CORS) always see a response.
///
/// Hummingbird's own `HTTPError`s (unknown route, body too large, …) become
/// `{"message": …}`; anything unexpected becomes a bare 500 whose details go to the log
/// only, never to the caller.
public struct OmneoErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    public init() {}

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            return try Self.omneoError(for: error, logger: context.logger).response(from: request, context: context)
        }
    }

    /// The Omneo-shaped error that answers `error`.
    public static func omneoError(for error: any Error, logger: Logger) -> OmneoHTTPError {
        switch error {
        case let error as OmneoHTTPError:
            return error
        case let error as HTTPError:
            let body: ErrorBody =
                switch error.status {
                case .notFound: .notFound
                case .unauthorized: .unauthenticated
                case .methodNotAllowed: .methodNotAllowed
                case .contentTooLarge: ErrorBody(message: "The request body is too large.")
                default: ErrorBody(message: error.body ?? error.status.reasonPhrase)
                }
            return OmneoHTTPError(error.status, body, headers: error.headers)
        case let error as DecodingError:
            return JSONBody.invalidField(error)
        default:
            logger.error("Unhandled error", metadata: ["error.type": "\(type(of: error))"])
            return OmneoHTTPError(.internalServerError, message: "Server Error.")
        }
    }
}
