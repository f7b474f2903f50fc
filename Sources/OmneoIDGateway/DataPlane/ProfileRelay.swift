import HTTPTypes
import NIOCore
import NIOHTTP1
import NIOHTTPTypesHTTP1
import OmneoHTTP

/// Relays one upstream exchange's answer to the client connection, on its event loop, by the
/// rules of `ProxiedAnswer` (5xx body replaced, header allow-list, `Location`/`Link` and JSON
/// link rewriting up to 1 MiB), with backpressure: the next upstream body part is asked for
/// only when the client channel is writable. Upstream failures before the answer's head become
/// the route's 502/504 (`UpstreamError.httpError`); after it, the client connection is closed,
/// as Hummingbird does when a streamed body fails.
final class ProfileRelay: UpstreamExchangeDelegate {
    /// What the dispatcher prepared.
    struct Plan {
        let request: UpstreamRequest
        let ticket: ProxyTicket
        let rewriter: UpstreamURLRewriter
        let isHead: Bool
        /// Adds CORS, `X-Request-Id` and `Date` to the client's answer.
        let finish: (inout HTTPFields) -> Void
        var record: DataPlaneAnswer.Record
        var closesConnection: Bool
    }

    private enum Phase {
        case waitingForHead
        /// A JSON body is being collected for rewriting.
        case collecting(HTTPResponse.Status, HTTPFields, ByteBuffer)
        /// The head is written; body parts are relayed as they come.
        case streaming
        /// The client's answer is complete (the upstream may still be draining).
        case answered
    }

    private var plan: Plan
    private let upstream: Upstream
    private let context: ChannelHandlerContext
    /// Called once when the client's answer has ended, with a future to close the connection
    /// after (`nil`: keep it open).
    private let onAnswered: (ProfileRelay, _ closeAfter: EventLoopFuture<Void>?) -> Void
    private var phase = Phase.waitingForHead
    private var exchange: UpstreamExchange?
    private var waitsForWritability = false
    private let started = ContinuousClock.now

    init(
        plan: Plan, upstream: Upstream, context: ChannelHandlerContext,
        onAnswered: @escaping (ProfileRelay, _ closeAfter: EventLoopFuture<Void>?) -> Void
    ) {
        self.plan = plan
        self.upstream = upstream
        self.context = context
        self.onAnswered = onAnswered
    }

    var record: DataPlaneAnswer.Record { plan.record }

    /// Sends the request through `pool`; the exchange takes the request body, if any.
    @discardableResult
    func start(on pool: UpstreamConnectionPool) -> UpstreamExchange {
        let exchange = pool.execute(plan.request, delegate: self)
        self.exchange = exchange
        return exchange
    }

    /// The client's request body cannot go on (it passed the body limit): the upstream exchange
    /// is cancelled and `error` answers, or, when the answer has started, the connection closes.
    func abortUpload(_ error: OmneoHTTPError) {
        exchange?.cancel()
        exchange = nil
        switch phase {
        case .waitingForHead, .collecting: answerError(error)
        case .streaming:
            phase = .answered
            plan.ticket.release()
            onAnswered(self, context.eventLoop.makeSucceededVoidFuture())
        case .answered: break
        }
    }

    /// The client connection is writable again.
    func channelWritable() {
        guard waitsForWritability, case .streaming = phase else { return }
        waitsForWritability = false
        exchange?.demand()
    }

    /// The client shut its side of the connection after the request: the connection closes
    /// once this answer is written.
    func closeAfterAnswer() {
        plan.closesConnection = true
    }

    /// The client went away: the upstream connection is closed, the admission place freed.
    func cancel() {
        exchange?.cancel()
        exchange = nil
        plan.ticket.release()
        phase = .answered
    }

    // MARK: UpstreamExchangeDelegate

    func exchange(_ exchange: UpstreamExchange, didReceiveHead head: HTTPResponseHead) {
        guard case .waitingForHead = phase else { return }
        let requestID = plan.record.requestID
        if head.status == .unauthorized {
            // The shopper's own credentials never go upstream: a 401 is the service token refused.
            upstream.record(.proxy, since: started, failure: .refusedCredentials, requestID: requestID)
            exchange.cancel()
            answerError(UpstreamError.refusedCredentials.httpError)
            return
        }
        upstream.record(.proxy, since: started, failure: head.status.code >= 500 ? .status5xx : nil, requestID: requestID)
        switch ProxiedAnswer.Head(status: head.status, headers: head.headers, rewriter: plan.rewriter, isHead: plan.isHead) {
        case .upstreamError(let status, let headers):
            exchange.cancel()
            if plan.isHead {
                answerWhole(status, headers, body: nil)
            } else {
                let rendered = JSONBody.rendered(ProxiedAnswer.upstreamError, status: status, headers: headers)
                answerWhole(rendered.status, rendered.headers, body: rendered.body)
            }
        case .empty(let status, let headers):
            answerWhole(status, headers, body: nil)
            exchange.demand()
        case .rewritable(let status, let headers):
            phase = .collecting(status, headers, ByteBuffer())
            exchange.demand()
        case .stream(let status, let headers):
            writeHead(status, headers)
            phase = .streaming
            context.flush()
            exchange.demand()
        }
    }

    func exchange(_ exchange: UpstreamExchange, didReceiveBodyPart part: ByteBuffer) {
        switch phase {
        case .collecting(let status, let headers, var collected):
            // Out of `phase` first, so that `collected` is appended to in place (no copy on write);
            // the first part is kept as it is (usually the whole answer).
            phase = .answered
            if collected.readableBytes == 0 {
                collected = part
            } else {
                var part = part
                collected.writeBuffer(&part)
            }
            if collected.readableBytes <= JSONURLRewriting.limit {
                phase = .collecting(status, headers, collected)
                exchange.demand()
                return
            }
            // Too long to rewrite: it goes through unchanged.
            writeHead(status, headers)
            phase = .streaming
            relay(collected, exchange)
        case .streaming:
            relay(part, exchange)
        case .answered:
            exchange.demand()
        case .waitingForHead:
            break
        }
    }

    func exchangeDidFinish(_ exchange: UpstreamExchange) {
        self.exchange = nil
        switch phase {
        case .collecting(let status, var headers, let collected):
            let body = ProxiedAnswer.rewrite(collected, headers: &headers, plan.rewriter)
            answerWhole(status, headers, body: body)
        case .streaming:
            end()
        case .answered, .waitingForHead:
            break
        }
    }

    func exchange(_ exchange: UpstreamExchange, didFail error: UpstreamExchangeError) {
        self.exchange = nil
        switch phase {
        case .waitingForHead:
            let timedOut = error == .timeout
            upstream.record(.proxy, since: started, failure: timedOut ? .timeout : .unavailable, requestID: plan.record.requestID)
            answerError((timedOut ? UpstreamError.timeout : UpstreamError.unavailable).httpError)
        case .collecting:
            answerError(UpstreamError.unavailable.httpError)
        case .streaming:
            // The head is out: the client can only learn of it by the connection closing.
            phase = .answered
            plan.ticket.release()
            onAnswered(self, context.eventLoop.makeSucceededVoidFuture())
        case .answered:
            break
        }
    }

    // MARK: Writing to the client

    private func relay(_ part: ByteBuffer, _ exchange: UpstreamExchange) {
        context.writeAndFlush(NIOAny(HTTPServerResponsePart.body(.byteBuffer(part))), promise: nil)
        if context.channel.isWritable {
            exchange.demand()
        } else {
            waitsForWritability = true
        }
    }

    private func writeHead(_ status: HTTPResponse.Status, _ headers: HTTPFields) {
        var headers = headers
        plan.finish(&headers)
        plan.record.status = status.code
        let head = HTTPResponseHead(HTTPResponse(status: status, headerFields: headers))
        context.write(NIOAny(HTTPServerResponsePart.head(head)), promise: nil)
    }

    /// A complete answer; without a body it says `Content-Length: 0` unless it has a length
    /// (as Hummingbird writes an empty body).
    private func answerWhole(_ status: HTTPResponse.Status, _ headers: HTTPFields, body: ByteBuffer?) {
        var headers = headers
        if !headers.hasField(.contentLength) { headers.append(HTTPField(name: .contentLength, value: String(body?.readableBytes ?? 0))) }
        writeHead(status, headers)
        if let body {
            context.write(NIOAny(HTTPServerResponsePart.body(.byteBuffer(body))), promise: nil)
        }
        end()
    }

    private func answerError(_ error: OmneoHTTPError) {
        let rendered = JSONBody.rendered(error.body, status: error.status, headers: error.headers)
        answerWhole(rendered.status, rendered.headers, body: rendered.body)
    }

    private func end() {
        phase = .answered
        // A future only when the connection closes after it (no allocation otherwise).
        let written: EventLoopFuture<Void>?
        if plan.closesConnection {
            written = context.writeAndFlush(NIOAny(HTTPServerResponsePart.end(nil)))
        } else {
            written = nil
            context.writeAndFlush(NIOAny(HTTPServerResponsePart.end(nil)), promise: nil)
        }
        plan.ticket.release()
        onAnswered(self, written)
    }
}
