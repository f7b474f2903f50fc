import Hummingbird
import OmneoHTTP
import OmneoModels

/// The context of a route that requires a profile ID token (``Route/Authentication/profileIDToken``):
/// the gateway's context and the one profile the verified token speaks for.
struct ProfileRequestContext: ChildRequestContext {
    var coreContext: CoreRequestContextStorage
    /// The request's context before authentication (request id, target, peer).
    let gateway: GatewayRequestContext
    /// The profile the token is for; the only profile this request may reach.
    let profileID: ProfileID

    /// 401 when no middleware verified a token (a route registered without one fails closed);
    /// 404 for an anonymous token (there is no "me").
    init(context: GatewayRequestContext) throws {
        guard let token = context.verifiedToken else { throw OmneoHTTPError.bearerMissing }
        guard case .profile(let profileID) = token.scope else { throw OmneoHTTPError.notFound }
        self.coreContext = context.coreContext
        self.gateway = context
        self.profileID = profileID
    }
}
