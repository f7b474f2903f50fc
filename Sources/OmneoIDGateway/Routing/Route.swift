import HTTPTypes
import Hummingbird

/// One route family of the public listener, declared once in ``RouteTable``: where it is, which
/// methods it serves, who may call it, which limits and CORS answer apply, and how the OpenAPI
/// document describes it. Registration, 405 + `Allow`, preflights, rate-limit dispatch, the
/// OpenAPI paths and the data plane's dispatch are all derived from it.
struct Route: Sendable {
    let family: RouteFamily
    /// Whether the path is under ``Gateway/basePath`` or at the root (`/health/…`, `/.well-known/…`).
    let mount: Mount
    /// The path below the mount, one piece per segment.
    let pieces: [Piece]
    /// What the family serves; every other known method is answered 405 with `Allow: <methods>`.
    let methods: [HTTPRequest.Method]
    let authentication: Authentication
    let rateLimit: RateLimitRule
    /// The methods a CORS preflight is told (`Access-Control-Allow-Methods`); `nil`: no preflight
    /// is answered (a back-end-only route).
    let preflight: [HTTPRequest.Method]?
    /// Whether the profile policy (`OMNEO_ID_PROFILE_POLICY`) decides what is forwarded.
    let profilePolicy: Bool
    /// The OpenAPI path item of this family.
    let openAPI: @Sendable (OpenAPIContext) -> OpenAPIJSON

    /// Where a family's path starts.
    enum Mount: Sendable, Equatable {
        /// Under ``Gateway/basePath``.
        case api
        /// At `/`.
        case root

        var prefix: [String] {
            switch self {
            case .api: Self.apiPrefix
            case .root: []
            }
        }

        /// Split once: the data plane matches every request against it.
        private static let apiPrefix = Gateway.basePath.split(separator: "/").map(String.init)
    }

    /// One segment of a route's path.
    enum Piece: Sendable, Equatable {
        /// Exactly this (decoded) segment.
        case literal(String)
        /// Any one segment, named in templates (`{name}`).
        case parameter(String)
        /// One or more segments (Hummingbird's `**`), named in the OpenAPI document (`{name}`).
        case rest(String)
    }

    /// Which credential a family requires.
    enum Authentication: Sendable, Equatable {
        case none
        /// The tenant's Omneo API token (back ends).
        case apiToken
        /// Any valid ID token, anonymous included.
        case idToken
        /// Any valid ID token, or none when `OMNEO_ID_LOCATIONS_PUBLIC` is set.
        case idTokenUnlessLocationsPublic
        /// An ID token scoped to one profile (anonymous → 404).
        case profileIDToken

        /// What is required under the given settings.
        func required(locationsPublic: Bool) -> Authentication {
            self == .idTokenUnlessLocationsPublic ? (locationsPublic ? .none : .idToken) : self
        }
    }

    /// Which abuse limits of DESIGN §2.5 apply (see ``RateLimitMiddleware``).
    enum RateLimitRule: Sendable, Equatable {
        case none
        /// Per API token (`OMNEO_ID_RATE_LIMIT_TOKEN_MINT`).
        case tokenMint
        /// Per ID token (`OMNEO_ID_RATE_LIMIT_PROFILES_ME`).
        case profilesMe
        /// Per client IP, then per ID token (`OMNEO_ID_RATE_LIMIT_FIND_OR_CREATE_*`).
        case findOrCreate
    }

    /// What the OpenAPI description depends on.
    struct OpenAPIContext: Sendable {
        let locationsPublic: Bool
        let policy: ProfilePolicy
    }
}

extension Route {
    /// The full path as Hummingbird registers and reports it (`endpointPath`): `{name}` for a
    /// parameter, `**` for the rest.
    var template: String {
        "/" + (mount.prefix + pieces.map { piece in
            switch piece {
            case .literal(let text): text
            case .parameter(let name): "{\(name)}"
            case .rest: "**"
            }
        }).joined(separator: "/")
    }

    /// The path below the mount in Hummingbird's syntax (`:name`, `**`).
    var routerPath: RouterPath {
        RouterPath(pieces.map { piece in
            switch piece {
            case .literal(let text): text
            case .parameter(let name): ":" + name
            case .rest: "**"
            }
        }.joined(separator: "/"))
    }

    /// The full path as the OpenAPI document names it (`{name}` for parameters and the rest).
    var openAPIPath: String {
        "/" + (mount.prefix + pieces.map { piece in
            switch piece {
            case .literal(let text): text
            case .parameter(let name), .rest(let name): "{\(name)}"
            }
        }).joined(separator: "/")
    }

    /// `Allow`'s value: the served methods, in declaration order.
    var allow: String { methods.map(\.rawValue).joined(separator: ", ") }

    /// The segments matched by the parameter and rest pieces (from the first to the last of
    /// them), when `segments` (the whole path, from the root) are this route's path; `nil` when
    /// they are not.
    func captures(_ segments: ArraySlice<PathSegment>) -> ArraySlice<PathSegment>? {
        var index = segments.startIndex
        var captured: Range<Int>? = nil
        func capture(_ range: Range<Int>) {
            captured = (captured?.lowerBound ?? range.lowerBound)..<range.upperBound
        }
        for literal in mount.prefix {
            guard index < segments.endIndex, segments[index].decoded == literal else { return nil }
            index += 1
        }
        for piece in pieces {
            guard index < segments.endIndex else { return nil }
            switch piece {
            case .literal(let text):
                guard segments[index].decoded == text else { return nil }
                index += 1
            case .parameter:
                capture(index..<index + 1)
                index += 1
            case .rest:
                capture(index..<segments.endIndex)
                index = segments.endIndex
            }
        }
        guard index == segments.endIndex else { return nil }
        return segments[captured ?? index..<index]
    }
}
