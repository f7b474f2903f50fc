import Hummingbird
import Logging
import NIOCore
import OmneoHTTP

/// Per-request state of the gateway: the correlation id, the peer's address, the validated
/// target and, once a middleware has checked it, the request's verified ID token.
public struct GatewayRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The TCP peer; the client's address unless a trusted proxy says otherwise.
    public let remoteAddress: SocketAddress?
    /// `X-Request-Id` of this request: the caller's when well-formed, else generated.
    public var requestID: String
    /// The validated request target, set before routing by `RequestHygieneMiddleware`.
    public var target: RequestTarget
    /// The request's verified ID token, once the route's authentication
    /// (``IDTokenAuthenticationMiddleware``) has verified its `Authorization` header; the
    /// route's child context (``IDTokenRequestContext``, ``ProfileRequestContext``) takes it
    /// from here. Only ``TokenVerifier`` can make a ``VerifiedToken``, and only this module can set it.
    public internal(set) var verifiedToken: VerifiedToken?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress
        self.requestID = ""
        self.target = RequestTarget.root
        self.verifiedToken = nil
    }
}
