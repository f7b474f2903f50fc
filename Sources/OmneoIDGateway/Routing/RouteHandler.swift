import Hummingbird

/// What answers a route family's served methods, by the context it needs: a handler of a
/// route that requires an ID token receives the verified token, of a profile route the
/// profile id; neither is optional, and neither verifies anything again.
enum RouteHandler: Sendable {
    /// Any route (a route whose token is optional reads ``GatewayRequestContext/verifiedToken``).
    case open(@Sendable (Request, GatewayRequestContext) async throws -> Response)
    /// A route requiring an ID token.
    case idToken(@Sendable (Request, IDTokenRequestContext) async throws -> Response)
    /// A route requiring a profile ID token.
    case profile(@Sendable (Request, ProfileRequestContext) async throws -> Response)
}
