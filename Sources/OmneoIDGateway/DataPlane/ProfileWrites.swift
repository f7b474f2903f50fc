import HTTPTypes
import OmneoHTTP
import NIOCore
import NIOHTTP1
import NIOHTTPTypesHTTP1

extension DataPlaneDispatcher {
    /// A write to `/profiles/me[/…]` (`POST`, `PUT`, `PATCH`, `DELETE`, with a body or not) the
    /// data plane relays, or `nil` for Hummingbird: the checks of the GET relay (one `Host` and
    /// one `Authorization` at most, a clean target, profile token, the policy's `.forward` —
    /// field-checked writes are the route's —, an admission place, the rate limit), plus a body
    /// framing within the body limit (`RequestBodyFraming`), a media type the route accepts
    /// (`WriteMediaType`) and no `Expect` (left to Hummingbird, which sends no interim `100
    /// Continue`: the client sends its body after its own wait, e.g. curl's 1 s).
    func takeWrite(_ head: HTTPRequestHead, peer: SocketAddress?) -> (ProfileRelay.Plan, RequestBodyFraming)? {
        guard let profiles, [.POST, .PUT, .PATCH, .DELETE].contains(head.method),
            head.uri.hasPrefix(ProfileForwarding.prefix)
        else { return nil }
        let headers = head.headers
        guard headers["host"].count <= 1, !headers.contains(name: "expect"),
            let framing = RequestBodyFraming(headers, limit: profiles.forwarder.maxBody),
            let request = try? HTTPRequest(head, secure: false, splitCookie: false),
            request.headerFields[values: .authorization].count <= 1,
            request.headerFields[RequestHygieneMiddleware.host] == nil,
            (try? WriteMediaType.check(request.method, request.headerFields)) != nil,
            let target = try? RequestTarget(raw: request.path ?? ""),
            let (route, rest) = ProfileForwarding.route(of: target)
        else { return nil }
        let requestID = RequestID.of(request.headerFields)
        let client = ClientAddress(
            peer: peer, headers: request.headerFields, authority: request.authority, trustedProxies: trustedProxies)
        guard let (upstreamRequest, ticket, rewriter) = profiles.plan(
            request, target: target, rest: rest, client: client, requestID: requestID, body: framing)
        else { return nil }
        let plan = ProfileRelay.Plan(
            request: upstreamRequest, ticket: ticket, rewriter: rewriter, isHead: false,
            finish: { [self] headers in finish(&headers, request: request, requestID: requestID) },
            record: .init(method: request.method, route: route, status: 0, client: client, requestID: requestID),
            closesConnection: Self.closes(request))
        return (plan, framing)
    }
}
