import NIOCore
import NIOHTTP1
import NIOSSL
import NIOTLS

/// One keep-alive HTTP/1.1 connection to the upstream: the last handler of its channel's
/// pipeline (after NIOSSL when `https`, and NIO's request encoder and response decoder).
/// It carries one exchange at a time, relays its request out and its answer in, and reads
/// from the socket only while the exchange wants data (backpressure). Event loop only.
final class UpstreamConnection: ChannelDuplexHandler {
    typealias InboundIn = HTTPClientResponsePart
    typealias OutboundIn = HTTPClientRequestPart
    typealias OutboundOut = HTTPClientRequestPart

    private enum State {
        /// TCP connect (and TLS handshake) under way, for this exchange (nil once it was cancelled).
        case connecting(UpstreamExchange?)
        case idle
        case active(UpstreamExchange)
        case closed
    }

    private let pool: UpstreamConnectionPool
    private let usesTLS: Bool
    private var context: ChannelHandlerContext?
    private var state: State
    /// Exchanges completed on this connection: a reused connection may have been closed by the
    /// upstream while idle, which is what the retry rule covers.
    private(set) var completedExchanges = 0
    private var isCurrentExchangeOnReusedConnection = false
    private var requestHead: HTTPRequestHead?
    private var responseHead: HTTPResponseHead?
    private var requestEnded = false
    /// A `read` from the channel held back until the exchange wants data.
    private var heldRead = false
    /// Timers are not re-scheduled per exchange or per read (schedule + cancel per request was
    /// ~3 % of a relayed request's CPU): each fires at or before the instant it guards and,
    /// when that instant has moved on, is set again for it.
    private var readTimer: Scheduled<Void>?
    /// Since when the connection has waited for the upstream with nothing read (`nil`: not waiting).
    private var readWaitStarted: NIODeadline?
    private var idleTimer: Scheduled<Void>?
    /// Since when the connection has been idle in the pool.
    private var idleSince = NIODeadline.now()
    private var connectTimer: Scheduled<Void>?
    private var wasActive = false

    init(pool: UpstreamConnectionPool, for exchange: UpstreamExchange, usesTLS: Bool) {
        self.pool = pool
        self.usesTLS = usesTLS
        self.state = .connecting(exchange)
        connectTimer = pool.eventLoop.assumeIsolated().scheduleTask(in: pool.configuration.connectTimeout) { [self] in
            if case .connecting = state { fail(.timeout) }
        }
    }

    var channel: (any Channel)? { context?.channel }
    var isOpen: Bool { if case .closed = state { false } else { true } }
    var isConnecting: Bool { if case .connecting = state { true } else { false } }
    var isUsable: Bool { if case .idle = state, context?.channel.isActive == true { true } else { false } }

    /// The exchange it was opened for was cancelled before the connection was ready.
    func forgetPendingExchange() {
        if case .connecting = state { state = .connecting(nil) }
    }

    // MARK: Driven by the pool

    /// Sends `exchange`'s request head (and its end, when there is no body).
    func start(_ exchange: UpstreamExchange) {
        guard let context else { return exchange.fail(.closed) }
        isCurrentExchangeOnReusedConnection = completedExchanges > 0
        state = .active(exchange)
        var head = exchange.request.head
        head.version = .http1_1
        head.headers.replaceOrAdd(name: "Host", value: pool.configuration.endpoint.hostHeader)
        requestHead = head
        responseHead = nil
        requestEnded = false
        readWaitStarted = nil
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        if exchange.request.hasBody {
            context.flush()
            exchange.attach(self)
        } else {
            exchange.attach(self)
            finishRequest()
        }
        resumeReading()
    }

    /// The connection waits in the pool; it closes itself after the idle timeout.
    func park() {
        state = .idle
        idleSince = .now()
        armIdleTimer(at: idleSince + pool.configuration.idleTimeout)
        resumeReading()  // keep one read pending so an upstream close is noticed while idle
    }

    /// Closes the connection; a current exchange fails with `.closed`.
    func close() {
        fail(.closed)
    }

    // MARK: Driven by the exchange

    func writeBodyPart(_ part: ByteBuffer) -> EventLoopFuture<Void> {
        guard let context, case .active = state, !requestEnded else {
            return pool.eventLoop.makeFailedFuture(UpstreamExchangeError.closed)
        }
        let promise = context.eventLoop.makePromise(of: Void.self)
        context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(part))), promise: promise)
        return promise.futureResult
    }

    func finishRequest() {
        guard let context, case .active = state, !requestEnded else { return }
        requestEnded = true
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        armReadTimerIfReading()
    }

    func resumeReading() {
        guard heldRead, wantsRead, let context else { return }
        heldRead = false
        context.read()
        armReadTimerIfReading()
    }

    /// The exchange was cancelled: this connection is in an unknown state and is never reused.
    func abort() {
        if case .active = state { state = .idle }  // nobody to tell
        fail(.closed)
    }

    // MARK: ChannelHandler

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
        if context.channel.isActive { channelBecameActive() }
    }

    func channelActive(context: ChannelHandlerContext) {
        channelBecameActive()
        context.fireChannelActive()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case TLSUserEvent.handshakeCompleted = event { becomeReady() }
        context.fireUserInboundEventTriggered(event)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        readWaitStarted = nil
        let part = unwrapInboundIn(data)
        guard case .active(let exchange) = state else {
            // An idle connection has nothing to say: whatever it sends makes it unusable.
            return fail(.invalidResponse)
        }
        switch part {
        case .head(let head):
            responseHead = head
            exchange.receive(part)
        case .body:
            exchange.receive(part)
        case .end:
            completeExchange(exchange)
        }
    }

    func read(context: ChannelHandlerContext) {
        guard wantsRead else {
            heldRead = true
            return
        }
        context.read()
        armReadTimerIfReading()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        fail(UpstreamExchangeError(error))
    }

    func channelInactive(context: ChannelHandlerContext) {
        closedByChannel()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        closedByChannel()
        self.context = nil
    }

    /// The connect attempt failed (refused, timed out, unresolvable): reported by the bootstrap.
    func connectFailed(_ error: any Error) {
        fail(UpstreamExchangeError(error))
    }

    // MARK: Private

    private var wantsRead: Bool {
        switch state {
        case .connecting, .idle: true
        case .active(let exchange): exchange.wantsData
        case .closed: false
        }
    }

    private func channelBecameActive() {
        wasActive = true
        if !usesTLS { becomeReady() }
    }

    /// A channel that never connected is reported by `connectFailed`, with the reason.
    private func closedByChannel() {
        if case .connecting = state, !wasActive { return }
        fail(.closed)
    }

    private func becomeReady() {
        guard case .connecting(let exchange) = state else { return }
        connectTimer?.cancel()
        connectTimer = nil
        pool.connectionReady(self, for: exchange)
    }

    private func completeExchange(_ exchange: UpstreamExchange) {
        completedExchanges += 1
        exchange.connection = nil  // the rest of its answer is buffered; the connection may serve another
        let reusable =
            requestEnded && (responseHead?.isKeepAlive ?? false) && (requestHead?.isKeepAlive ?? false)
        if reusable {
            state = .idle
            pool.release(self)
        } else {
            state = .idle
            fail(.closed)
        }
        exchange.receive(.end(nil))
    }

    private func armReadTimerIfReading() {
        guard readWaitStarted == nil, requestEnded, case .active = state else { return }
        let started = NIODeadline.now()
        readWaitStarted = started
        if readTimer == nil { armReadTimer(at: started + pool.configuration.readTimeout) }
    }

    private func armReadTimer(at deadline: NIODeadline) {
        readTimer = pool.eventLoop.assumeIsolated().scheduleTask(deadline: deadline) { [self] in
            readTimer = nil
            guard case .active = state, let started = readWaitStarted else { return }
            let due = started + pool.configuration.readTimeout
            if NIODeadline.now() >= due {
                fail(.timeout)
            } else {
                armReadTimer(at: due)
            }
        }
    }

    private func armIdleTimer(at deadline: NIODeadline) {
        guard idleTimer == nil else { return }
        idleTimer = pool.eventLoop.assumeIsolated().scheduleTask(deadline: deadline) { [self] in
            idleTimer = nil
            guard case .idle = state else { return }
            let due = idleSince + pool.configuration.idleTimeout
            if NIODeadline.now() >= due {
                close()
            } else {
                armIdleTimer(at: due)
            }
        }
    }

    /// Closes the channel once and tells the pool and the current exchange, if any.
    private func fail(_ error: UpstreamExchangeError) {
        let previous = state
        if case .closed = previous { return }
        state = .closed
        for timer in [readTimer, idleTimer, connectTimer] { timer?.cancel() }
        readTimer = nil
        idleTimer = nil
        connectTimer = nil
        context?.close(promise: nil)
        pool.connectionClosed(self)
        switch previous {
        case .connecting(let exchange?):
            // Closed by the upstream during the handshake (e.g. not a TLS server): a TLS failure.
            let handshakeClosed = usesTLS && wasActive && error == .closed
            pool.connectFailed(exchange, error: handshakeClosed ? .tls("the upstream closed the connection during the TLS handshake") : error)
        case .active(let exchange):
            pool.exchangeFailed(exchange, error: error, onReusedConnection: isCurrentExchangeOnReusedConnection)
        case .connecting(nil), .idle, .closed:
            break
        }
    }
}
