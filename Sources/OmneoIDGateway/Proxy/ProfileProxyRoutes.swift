import HTTPTypes
import Hummingbird
import OmneoHTTP
import OmneoModels

/// `/id/api/v1/profiles/me[/…]` → `{upstream}/profiles/{sub}[/…]`, for a profile token only.
struct ProfileProxyRoutes {
    let verifier: TokenVerifier
    let forwarder: Forwarder

    static let forwardedMethods: [HTTPRequest.Method] = [.get, .head, .post, .put, .patch, .delete]
    static let allow = "GET, HEAD, POST, PUT, PATCH, DELETE"

    func register(on router: Router<GatewayRequestContext>) {
        for path in ["/id/api/v1/profiles/me", "/id/api/v1/profiles/me/**"] {
            for method in Self.forwardedMethods {
                router.on(RouterPath(path), method: method) { request, context in
                    try await forward(request, context: context)
                }
            }
            for method in [HTTPRequest.Method.trace, .connect, .options] {
                router.on(RouterPath(path), method: method) { _, _ -> Response in
                    throw OmneoHTTPError.methodNotAllowed(allow: Self.allow)
                }
            }
        }
    }

    func forward(_ request: Request, context: GatewayRequestContext) async throws -> Response {
        let token = try verifier.authenticate(request, context: context)
        guard case .profile(let profileID) = token.scope else {
            throw OmneoHTTPError.notFound
        }
        guard let rest = context.target.segments(after: ["id", "api", "v1", "profiles", "me"]) else {
            throw OmneoHTTPError.notFound
        }
        var path = "/profiles/" + profileID.rawValue
        for segment in rest {
            path += "/" + segment.encoded
        }
        return try await forwarder.forward(request, to: path, context: context)
    }
}
