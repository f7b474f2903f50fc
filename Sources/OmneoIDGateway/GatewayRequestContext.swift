import Hummingbird
import Logging
import NIOCore
import OmneoHTTP

/// Per-request state of the gateway: the correlation id and the peer's address.
public struct GatewayRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The TCP peer; the client's address unless a trusted proxy says otherwise.
    public let remoteAddress: SocketAddress?
    /// `X-Request-Id` of this request: the caller's when well-formed, else generated.
    public var requestID: String
    /// The validated request target, set before routing by `RequestHygieneMiddleware`.
    public var target: RequestTarget

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress
        self.requestID = ""
        self.target = RequestTarget.root
    }
}
