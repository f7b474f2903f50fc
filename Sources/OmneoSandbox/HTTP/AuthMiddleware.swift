import Hummingbird
import OmneoHTTP

/// Lets a request through only with `Authorization: Bearer <the sandbox token>`; otherwise
/// 401 `{"message":"Unauthenticated."}`. The token is compared in constant time and never logged.
struct AuthMiddleware<Context: RequestContext>: RouterMiddleware {
    let apiToken: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard let token = BearerToken.from(request), ConstantTime.equals(token, apiToken) else {
            throw OmneoHTTPError.unauthenticated
        }
        return try await next(request, context)
    }
}
