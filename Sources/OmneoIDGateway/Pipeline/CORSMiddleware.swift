import HTTPTypes
import Hummingbird
import OmneoHTTP
import OmneoIDConfiguration

/// Cross-origin access per `OMNEO_ID_CORS_ORIGINS` (installed only when that is set).
///
/// * A preflight (`OPTIONS` with `Origin` and `Access-Control-Request-Method`) from an
///   allowed origin to a public route is answered here, 204, without a token and before
///   any route sees it; `Access-Control-Allow-Methods` lists what that route family serves.
///   Any other `OPTIONS` goes to its route as usual (405 where the route lists its methods).
/// * Every other response to an allowed origin, error responses included (`OmneoErrorMiddleware`
///   runs inside this one), carries `Access-Control-Allow-Origin`, and
///   `Access-Control-Expose-Headers` so that scripts can read `X-Request-Id`, `Retry-After`,
///   `ETag`, ….
/// * Listed origins are echoed, with `Access-Control-Allow-Credentials: true`, and every
///   response says `Vary: Origin`; with `*`, the answer is `*`, never with credentials, and the
///   same for everyone (no `Vary`). An origin that is not allowed gets no CORS header at all.
///
/// Hummingbird's `CORSMiddleware` is not used: it takes a fixed method list, treats every
/// `OPTIONS` with an `Origin` as a preflight, and reports errors by wrapping them in a type the
/// gateway's error mapping would answer with 500.
struct GatewayCORSMiddleware: RouterMiddleware {
    typealias Context = GatewayRequestContext

    /// Origins as browsers serialise them (`https://shop.example.com`, lower case, no path).
    let origins: Set<String>
    let allowsAny: Bool

    /// `Access-Control-Allow-Headers` (`OMNEO_ID_CORS_ALLOWED_HEADERS`).
    let allowHeaders: String
    static let exposeHeaders = "X-Request-Id, Retry-After, ETag, Age, X-Cache, Allow, WWW-Authenticate"
    /// Seconds a browser may reuse a preflight answer (Chromium caps this at 7200).
    static let maxAge = "600"

    /// `nil` when CORS is off.
    init?(_ setting: OmneoIDSettings.CORSOrigins, allowedHeaders: [String] = OmneoIDSettings().corsAllowedHeaders) {
        self.allowHeaders = allowedHeaders.joined(separator: ", ")
        switch setting {
        case .none:
            return nil
        case .any:
            self.origins = []
            self.allowsAny = true
        case .list(let list):
            self.origins = Set(list.map { $0.lowercased() })
            self.allowsAny = false
        }
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let origin = request.headers[.origin]
        let allowed = origin.flatMap(allowOrigin(for:))
        if let allowed, request.method == .options, request.headers[.accessControlRequestMethod] != nil,
            let family = Self.family(of: request.head.path ?? "")
        {
            if context.endpointPath == nil {
                context.coreContext.endpointPath.value = family.template
            }
            return preflight(allowOrigin: allowed, methods: family.methods)
        }
        // Errors are responses by now (`OmneoErrorMiddleware`, installed inside this one).
        var response = try await next(request, context)
        decorate(&response.headers, allowed: allowed)
        return response
    }

    /// Adds the CORS headers of an answer (not a preflight) to a request whose `Origin` was
    /// allowed as `allowed` (`nil`: no `Origin`, or not allowed).
    func decorate(_ headers: inout HTTPFields, allowed: String?) {
        if !allowsAny {
            headers.append(HTTPField(name: .vary, value: "Origin"))
        }
        if let allowed {
            headers[.accessControlAllowOrigin] = allowed
            if !allowsAny {
                headers[.accessControlAllowCredentials] = "true"
            }
            headers[.accessControlExposeHeaders] = Self.exposeHeaders
        }
    }

    /// `*`, the origin itself when listed, or `nil`.
    func allowOrigin(for origin: String) -> String? {
        if allowsAny { return "*" }
        if origins.contains(origin) { return origin }
        // Browsers send lower-case origins; others may not.
        let lower = origin.lowercased()
        return origins.contains(lower) ? origin : nil
    }

    func preflight(allowOrigin: String, methods: String) -> Response {
        var headers: HTTPFields = [
            .accessControlAllowOrigin: allowOrigin,
            .accessControlAllowMethods: methods,
            .accessControlAllowHeaders: allowHeaders,
            .accessControlMaxAge: Self.maxAge,
        ]
        if !allowsAny {
            headers[.accessControlAllowCredentials] = "true"
            headers[.vary] = "Origin"
        }
        return Response(status: .noContent, headers: headers, body: .init())
    }

    /// A public route family as a preflight sees it: its template (for the access log) and the
    /// methods it tells the browser (``Route/preflight``).
    struct Family: Equatable {
        let template: String
        let methods: String
    }

    /// The preflight answer's family of `path`, from ``RouteTable``; `nil` for a path the gateway
    /// does not serve (or cannot parse; the request then goes on to be refused by the routes) or
    /// whose route answers no preflight.
    static func family(of path: String) -> Family? {
        guard let target = try? RequestTarget(raw: path), let route = RouteTable.match(segments: target.segments)?.route,
            let methods = route.preflight
        else { return nil }
        return Family(template: route.template, methods: methods.map(\.rawValue).joined(separator: ", "))
    }
}
