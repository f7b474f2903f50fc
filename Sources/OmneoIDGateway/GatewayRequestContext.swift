import Hummingbird
import Logging
import NIOCore
import OmneoHTTP

/// Per-request state of the gateway: the correlation id, the peer's address, the canonical
/// target and, once a middleware has checked it, the request's verified ID token.
public struct GatewayRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The TCP peer; the client's address unless a trusted proxy says otherwise.
    public let remoteAddress: SocketAddress?
    /// `X-Request-Id` of this request: the caller's when well-formed, else generated.
    public var requestID: String
    /// The validated request target, set before routing by `RequestHygieneMiddleware`.
    public var target: RequestTarget
    /// The request's verified ID token, when a middleware (the rate limits) has already
    /// verified its `Authorization` header; routes then use it instead of verifying again.
    /// Only ``TokenVerifier`` can make a ``VerifiedToken``, and only this module can set it.
    public internal(set) var verifiedToken: VerifiedToken?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress
        self.requestID = ""
        self.target = RequestTarget.root
        self.verifiedToken = nil
    }
}
