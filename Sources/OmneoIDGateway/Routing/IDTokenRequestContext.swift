import Hummingbird
import OmneoHTTP

/// The context of a route that requires an ID token (``Route/Authentication/idToken``): the
/// gateway's context and the token ``IDTokenAuthenticationMiddleware`` verified, never optional.
struct IDTokenRequestContext: ChildRequestContext {
    var coreContext: CoreRequestContextStorage
    /// The request's context before authentication (request id, target, peer).
    let gateway: GatewayRequestContext
    let token: VerifiedToken

    /// 401 when no middleware verified a token (a route registered without one fails closed).
    init(context: GatewayRequestContext) throws {
        guard let token = context.verifiedToken else { throw OmneoHTTPError.bearerMissing }
        self.coreContext = context.coreContext
        self.gateway = context
        self.token = token
    }
}
