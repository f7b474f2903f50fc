import HTTPTypes

/// Every route of the public listener, declared once. Everything else that knows a route is
/// derived from this list: registration on the router (``RouteTable/register(on:handler:)``),
/// the 405 answers, CORS preflights, the rate-limit dispatch, the OpenAPI paths and
/// ``RouteTable/match(method:segments:)`` for a dispatcher in front of the router.
enum RouteTable {
    static let proxyMethods: [HTTPRequest.Method] = [.get, .head, .post, .put, .patch, .delete]

    static let all: [Route] = [
        Route(
            family: .jwks, mount: .root, pieces: [.literal(".well-known"), .literal("jwks.json")], methods: [.get, .head],
            authentication: .none, rateLimit: .none, preflight: [.get], profilePolicy: false,
            openAPI: { _ in
                [
                    "get": OpenAPIPaths.publicJSON(
                        "getJWKS", "Public keys that verify ID tokens", "JWKS", tag: "Tokens", cached: true),
                    "head": OpenAPIPaths.publicHead("headJWKS", "Public keys that verify ID tokens", tag: "Tokens", cached: true),
                ]
            }),
        Route(
            family: .healthLive, mount: .root, pieces: [.literal("health"), .literal("live")], methods: [.get, .head],
            authentication: .none, rateLimit: .none, preflight: [.get], profilePolicy: false,
            openAPI: { _ in
                [
                    "get": OpenAPIPaths.publicJSON("getLiveness", "The process answers", "HealthStatus", tag: "Operations"),
                    "head": OpenAPIPaths.publicHead("headLiveness", "The process answers", tag: "Operations"),
                ]
            }),
        Route(
            family: .healthReady, mount: .root, pieces: [.literal("health"), .literal("ready")], methods: [.get, .head],
            authentication: .none, rateLimit: .none, preflight: [.get], profilePolicy: false,
            openAPI: { _ in ["get": OpenAPIPaths.readiness, "head": OpenAPIPaths.readinessHead] }),
        Route(
            family: .openAPIDocument, mount: .api, pieces: [.literal("openapi.json")], methods: [.get, .head],
            authentication: .none, rateLimit: .none, preflight: [.get], profilePolicy: false,
            openAPI: { _ in
                [
                    "get": OpenAPIPaths.publicJSON("getOpenAPIDocument", "This document", "OpenAPIDocument", tag: "Operations"),
                    "head": OpenAPIPaths.publicHead("headOpenAPIDocument", "This document", tag: "Operations"),
                ]
            }),
        Route(
            family: .tokenMint, mount: .api, pieces: [.literal("auth"), .literal("token")], methods: [.post],
            authentication: .apiToken, rateLimit: .tokenMint, preflight: [.post], profilePolicy: false,
            openAPI: { _ in ["post": OpenAPIPaths.mintToken] }),
        Route(
            family: .tokenRevoke, mount: .api, pieces: [.literal("auth"), .literal("revoke")], methods: [.post],
            authentication: .apiToken, rateLimit: .tokenMint, preflight: nil, profilePolicy: false,
            openAPI: { _ in ["post": OpenAPIPaths.revokeTokens] }),
        Route(
            family: .findOrCreate, mount: .api, pieces: [.literal("profiles")], methods: [.post],
            authentication: .idToken, rateLimit: .findOrCreate, preflight: [.post], profilePolicy: false,
            openAPI: { _ in ["post": OpenAPIPaths.findOrCreate] }),
        Route(
            family: .profileMe, mount: .api, pieces: [.literal("profiles"), .literal("me")], methods: proxyMethods,
            authentication: .profileIDToken, rateLimit: .profilesMe, preflight: proxyMethods, profilePolicy: true,
            openAPI: { OpenAPIProxyPaths.pathItem(rest: false, policy: $0.policy) }),
        Route(
            family: .profileMeRest, mount: .api, pieces: [.literal("profiles"), .literal("me"), .rest("path")],
            methods: proxyMethods,
            authentication: .profileIDToken, rateLimit: .profilesMe, preflight: proxyMethods, profilePolicy: true,
            openAPI: { OpenAPIProxyPaths.pathItem(rest: true, policy: $0.policy) }),
        Route(
            family: .locations, mount: .api, pieces: [.literal("locations")], methods: [.get, .head],
            authentication: .idTokenUnlessLocationsPublic, rateLimit: .none, preflight: [.get, .head], profilePolicy: false,
            openAPI: { OpenAPILocationPaths.pathItem(single: false, isPublic: $0.locationsPublic) }),
        Route(
            family: .location, mount: .api, pieces: [.literal("locations"), .parameter("id")], methods: [.get, .head],
            authentication: .idTokenUnlessLocationsPublic, rateLimit: .none, preflight: [.get, .head], profilePolicy: false,
            openAPI: { OpenAPILocationPaths.pathItem(single: true, isPublic: $0.locationsPublic) }),
    ]

    /// The route of `family`.
    static func route(_ family: RouteFamily) -> Route {
        byFamily[family]!
    }

    /// The route whose template is `endpointPath` (as the router reports it), if any.
    static func route(endpoint endpointPath: String?) -> Route? {
        endpointPath.flatMap { byTemplate[$0] }
    }

    /// The route whose path `segments` are (whatever the method), with what its parameters
    /// captured; `nil` for a path the gateway does not serve.
    static func match(segments: [PathSegment]) -> (route: Route, captures: ArraySlice<PathSegment>)? {
        for route in all {
            if let captures = route.captures(segments[...]) { return (route, captures) }
        }
        return nil
    }

    /// As ``match(segments:)``, only when the route serves `method`: what a dispatcher in front
    /// of the router calls, leaving every other request (404, 405) to the router.
    static func match(
        method: HTTPRequest.Method, segments: [PathSegment]
    ) -> (route: Route, captures: ArraySlice<PathSegment>)? {
        guard let found = match(segments: segments), found.route.methods.contains(method) else { return nil }
        return found
    }

    /// The OpenAPI document's `paths` for the routed families.
    static func openAPIPaths(_ context: Route.OpenAPIContext) -> OpenAPIJSON {
        .object(Dictionary(uniqueKeysWithValues: all.map { ($0.openAPIPath, $0.openAPI(context)) }))
    }

    /// `route.template`, rendered once per family (the data plane names the route of every request).
    static func template(of route: Route) -> String {
        templates[route.family] ?? route.template
    }

    private static let templates = Dictionary(uniqueKeysWithValues: all.map { ($0.family, $0.template) })
    private static let byFamily = Dictionary(uniqueKeysWithValues: all.map { ($0.family, $0) })
    private static let byTemplate = Dictionary(uniqueKeysWithValues: all.map { ($0.template, $0) })
}
