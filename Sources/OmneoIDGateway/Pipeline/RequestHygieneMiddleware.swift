import HTTPTypes
import Hummingbird
import OmneoHTTP

/// Refuses requests whose framing or target is unsafe, before any route sees them, and hands
/// the validated target on in ``GatewayRequestContext/target`` (routing has already happened:
/// Hummingbird's trie ignores empty segments, and routes read only the target).
///
/// 400 for: a target that is not a safe origin-form path (see `RequestTarget`), more than
/// one `Authorization` header, more than one `Host` header (the HTTP/1 conversion keeps
/// the first as the authority and leaves the others among the fields; `OriginFormGuard`
/// refuses them earlier still), or both `Content-Length` and `Transfer-Encoding`.
struct RequestHygieneMiddleware: RouterMiddleware {
    typealias Context = GatewayRequestContext

    /// `Host` as a field name (`HTTPField.Name.host` is unavailable: HTTP types keep it as the authority).
    static let host = HTTPField.Name("Host")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let target: RequestTarget
        do {
            target = try RequestTarget(raw: request.head.path ?? "")
        } catch .notOriginForm {
            throw OmneoHTTPError.badRequest("The request target must be a path.")
        } catch .invalidQuery {
            throw OmneoHTTPError.badRequest("The query string is not valid.")
        } catch {
            throw OmneoHTTPError.badRequest("The request path is not valid.")
        }
        let headers = request.headers
        if headers[values: .authorization].count > 1 {
            throw OmneoHTTPError.badRequest("Only one Authorization header is allowed.")
        }
        if headers[Self.host] != nil {
            throw OmneoHTTPError.badRequest("Only one Host header is allowed.")
        }
        if headers[.contentLength] != nil && headers[.transferEncoding] != nil {
            throw OmneoHTTPError.badRequest("Content-Length and Transfer-Encoding must not both be sent.")
        }
        var context = context
        context.target = target
        return try await next(request, context)
    }
}
