import NIOCore
import NIOHTTP1

/// One request for the upstream, already rewritten: `head.uri` is the full origin-form target
/// on the upstream (base path + path + query), `head.headers` complete (service Authorization,
/// X-Forwarded-*, traceparent, X-Request-Id); Host is set by the pool.
struct UpstreamRequest {
    var head: HTTPRequestHead
    /// Whether the caller will send a body through `UpstreamExchange.writeBodyPart`/`finishBody`.
    /// Without one the pool ends the request right after the head.
    var hasBody: Bool
    /// DESIGN §2.2: may be sent again once, on a fresh connection, when it certainly never reached
    /// the upstream (connection refused, or a reused keep-alive connection found closed before
    /// any answer). Only idempotent requests without a body should say so.
    var retryable: Bool
}

/// Called on the pool's event loop, in this order: head, body parts, finish — or didFail at any point.
protocol UpstreamExchangeDelegate: AnyObject {
    func exchange(_ exchange: UpstreamExchange, didReceiveHead head: HTTPResponseHead)
    /// One part; the pool reads further from the upstream socket only after `exchange.demand()`.
    func exchange(_ exchange: UpstreamExchange, didReceiveBodyPart part: ByteBuffer)
    func exchangeDidFinish(_ exchange: UpstreamExchange)
    func exchange(_ exchange: UpstreamExchange, didFail error: UpstreamExchangeError)
}
