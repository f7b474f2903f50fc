import Hummingbird
import OmneoIDConfiguration

/// Checks the tenant's API token for a route that requires one (401, 429 when the caller's
/// budget of refused tokens is spent, 502/504 when the upstream cannot say).
struct APITokenAuthenticationMiddleware: RouterMiddleware {
    typealias Context = GatewayRequestContext
    let authenticator: APITokenAuthenticator
    /// Whose `X-Forwarded-For` names the client whose refused-token budget is charged.
    let trustedProxies: [CIDR]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let client = ClientAddress(
            peer: context.remoteAddress, headers: request.headers, authority: nil, trustedProxies: trustedProxies)
        try await authenticator.authenticate(request, requestID: context.requestID, client: client.budgetKey)
        return try await next(request, context)
    }
}
