import HTTPTypes
import NIOCore
import NIOHTTP1
import OmneoHTTP

/// The data plane's part of `GET|HEAD /profiles/me[/…]` without a body: what
/// `RateLimitMiddleware` and `ProfileProxyRoutes` would let through to the upstream (a profile
/// token, the profile policy's `.forward`, a place in `ProxyAdmission`, the `profilesMe` rate
/// limit), made into the pool's `UpstreamRequest` with the forwarder's own header work.
/// Anything else is left to the route.
struct ProfileForwarding: Sendable {
    let verifier: TokenVerifier
    let policy: ProfilePolicyStore
    let admission: ProxyAdmission
    /// `OMNEO_ID_RATE_LIMIT_PROFILES_ME`; `nil` when off.
    let rateLimit: RateLimiter?
    let forwarder: Forwarder
    let pools: UpstreamPools

    static let prefix = Gateway.basePath + "/profiles/me"

    /// The route template of `target` when the router would give it to the proxy routes (the
    /// route table's `profileMe` or `profileMeRest`), with the segments after `me`. The
    /// dispatcher has checked the raw target starts with `prefix`.
    static func route(of target: RequestTarget) -> (template: String, rest: ArraySlice<PathSegment>)? {
        guard let (route, captures) = RouteTable.match(segments: target.segments),
            route.family == .profileMe || route.family == .profileMeRest
        else { return nil }
        return (RouteTable.template(of: route), route.family == .profileMe ? [] : captures)
    }

    /// What the relay needs, or `nil` when the route must answer.
    /// - Parameter body: how the request body comes (writes only; reads have none).
    func plan(
        _ request: HTTPRequest, target: RequestTarget, rest: ArraySlice<PathSegment>, client: ClientAddress, requestID: String,
        body: RequestBodyFraming = .none
    ) -> (request: UpstreamRequest, ticket: ProxyTicket, rewriter: UpstreamURLRewriter)? {
        guard let bearer = BearerToken.from(request.headerFields), let token = try? verifier.verify(String(bearer)),
            case .profile(let profileID) = token.scope, policy.policy.decide(request.method, on: rest) == .forward,
            let ticket = try? admission.admit(profileID: profileID.rawValue)
        else { return nil }
        // Last, so that a request handed on after it is not charged twice (the route charges it).
        if let rateLimit, case .limited = rateLimit.acquire(RateLimitKey(hashing: token.rateLimitKey), countsRefusal: false) {
            ticket.release()
            return nil
        }
        let path = UpstreamPath.profile(profileID, rest)
        var headers = HTTPHeaders()
        forwarder.upstreamHeaders(request.headerFields, client: client, requestID: requestID, into: &headers)
        body.addFraming(for: request.method, to: &headers)
        let uri = forwarder.upstream.target(path, query: target.query.map(UpstreamQuery.encode))
        let method: HTTPMethod = switch request.method {
        case .get: .GET
        case .head: .HEAD
        default: HTTPMethod(rawValue: request.method.rawValue)
        }
        let head = HTTPRequestHead(version: .http1_1, method: method, uri: uri, headers: headers)
        let rewriter = UpstreamURLRewriter(
            upstream: forwarder.upstream, profileID: profileID.rawValue, publicBase: forwarder.publicBase(client))
        // DESIGN §2.2: only an idempotent request without a body may be sent twice.
        let retryable = body == .none && Forwarder.isIdempotent(request.method)
        return (UpstreamRequest(head: head, hasBody: body != .none, retryable: retryable), ticket, rewriter)
    }
}
