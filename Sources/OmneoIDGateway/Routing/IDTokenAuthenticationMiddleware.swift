import Hummingbird

/// Verifies the request's ID token, once, for a route that requires one (401 otherwise), and
/// hands it on in ``GatewayRequestContext/verifiedToken`` to the route's child context.
struct IDTokenAuthenticationMiddleware: RouterMiddleware {
    typealias Context = GatewayRequestContext
    let verifier: TokenVerifier

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.verifiedToken = try verifier.authenticate(request)
        return try await next(request, context)
    }
}
