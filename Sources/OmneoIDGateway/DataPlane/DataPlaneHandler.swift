import NIOCore
import NIOHTTP1

/// Serves the hot routes' happy path in the connection's pipeline, just before Hummingbird's
/// HTTP/1-to-HTTP-types codec (after `OriginFormGuard` and the deadlines). For each request
/// head it asks the `DataPlaneDispatcher`; a request it takes is answered here when its `end`
/// arrives, on the event loop, with no task; any other request's parts go on unchanged to
/// Hummingbird, which answers exactly as without this handler.
///
/// Order: Hummingbird answers its requests one at a time and in order, but an answer written
/// here could overtake one it has not finished. So while a request handed to Hummingbird has
/// not had its answer's `end` written (seen going out through this handler), the following
/// requests are handed to it too.
///
/// Idle connections: Hummingbird's idle timer does not see the requests answered here, so with
/// the data plane on it is not installed and this handler applies the same rule: close after
/// `idleTimeout` with no request in progress and nothing read or written.
final class DataPlaneHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    private let dispatcher: DataPlaneDispatcher
    private let idleTimeout: TimeAmount?
    /// Relayed requests (`/profiles/me`) and their upstream pools; `nil` when none are served.
    private let profiles: ProfileForwarding?

    /// What the request being read is.
    private enum Reading {
        case betweenRequests
        /// Handed to Hummingbird, part by part.
        case handedOn
        /// Answered here once its `end` arrives.
        case served(DataPlaneAnswer, started: ContinuousClock.Instant)
        /// Relayed from the upstream once its `end` arrives.
        case relayed(ProfileRelay.Plan, started: ContinuousClock.Instant)
        /// A `/locations` miss, filled once its `end` arrives.
        case filling(LocationRelay.Plan, started: ContinuousClock.Instant)
        /// The connection is closing after an answer: nothing more is read.
        case closing
    }

    private var reading = Reading.betweenRequests
    /// Requests handed to Hummingbird whose answer has not ended yet.
    private var handedOnAnswers = 0
    /// A request is being answered, here or by Hummingbird (for the idle rule).
    private var requestInProgress: Bool {
        switch reading {
        case .served, .relayed, .filling, .handedOn: return true
        case .betweenRequests, .closing: return relay != nil || upload != nil || handedOnAnswers > 0
        }
    }
    private var lastActivity = NIODeadline.now()
    private var idleTimer: Scheduled<Void>?
    /// This connection's loop's upstream pool, looked up (under `UpstreamPools`' lock) once per
    /// connection rather than once per relayed request.
    private var upstreamPool: UpstreamConnectionPool?
    /// A graceful-shutdown event that arrived while a request served here was being read: it
    /// goes on (to Hummingbird's connection handler, which then closes) once that answer is written.
    private var heldQuiesce: Any?
    /// The relay in flight: until its answer has ended, what arrives waits in `queued`, and once
    /// something waits there no more is read from the socket.
    private var relay: (relay: any DataPlaneRelay, started: ContinuousClock.Instant)?
    private var queued = CircularBuffer<NIOAny>()
    private var heldRead = false
    /// The body of a relayed write, until its `end` has arrived: its parts go to it, not to `queued`.
    private var upload: ProfileUpload?

    init(dispatcher: DataPlaneDispatcher, idleTimeout: TimeAmount?) {
        self.dispatcher = dispatcher
        self.idleTimeout = idleTimeout
        self.profiles = dispatcher.profiles
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { armIdleTimer(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        armIdleTimer(context)
        context.fireChannelActive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        idleTimer?.cancel()
        idleTimer = nil
    }

    func channelInactive(context: ChannelHandlerContext) {
        idleTimer?.cancel()
        idleTimer = nil
        if let current = relay {
            current.relay.cancel()
            // Hummingbird logs an answer whose head is out even when its client leaves mid-body.
            if current.relay.record.status != 0 { dispatcher.record(current.relay.record, elapsed: .now - current.started) }
        }
        relay = nil
        upload = nil
        queued.removeAll()
        context.fireChannelInactive()
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable { relay?.relay.channelWritable() }
        context.fireChannelWritabilityChanged()
    }

    func read(context: ChannelHandlerContext) {
        // Reading goes on during a relay until something arrives (kept in `queued`); only then
        // is it held. Holding every read would make NIO drop and re-add the socket's read
        // interest (two `epoll_ctl` calls) per relayed request; this way at most one read's
        // parts wait. A write's body is read only as fast as the upstream takes it.
        if relay != nil, upload.map({ !$0.wantsRead }) ?? !queued.isEmpty {
            heldRead = true
            return
        }
        context.read()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        lastActivity = .now()
        if upload != nil {
            receiveUploadPart(data, context: context)
            return
        }
        if relay != nil {
            queued.append(data)
            return
        }
        process(data, context: context)
    }

    private func process(_ data: NIOAny, context: ChannelHandlerContext) {
        let part = unwrapInboundIn(data)
        switch (reading, part) {
        case (.closing, _):
            return
        case (.betweenRequests, .head(let head)):
            if handedOnAnswers == 0, let work = dispatcher.take(head, peer: context.channel.remoteAddress) {
                switch work {
                case .answer(let answer): reading = .served(answer, started: .now)
                case .relay(let plan): reading = .relayed(plan, started: .now)
                case .fill(let plan): reading = .filling(plan, started: .now)
                case .upload(let plan, let framing): startUpload(plan, framing: framing, context: context)
                }
                return
            }
            reading = .handedOn
            handedOnAnswers += 1
            context.fireChannelRead(data)
        case (.handedOn, .end):
            reading = .betweenRequests
            context.fireChannelRead(data)
        case (.handedOn, _):
            context.fireChannelRead(data)
        case (.served(let answer, let started), .end):
            reading = .betweenRequests
            write(answer, started: started, context: context)
        case (.relayed(let plan, let started), .end):
            reading = .betweenRequests
            startRelay(plan, started: started, context: context)
        case (.filling(let plan, let started), .end):
            reading = .betweenRequests
            startFill(plan, started: started, context: context)
        case (.served, _), (.relayed, _), (.filling, _):
            // The dispatcher takes no request with a body; nothing else can come before `end`.
            return
        case (.betweenRequests, _):
            // Not a head: the decoder never does this; let Hummingbird refuse it as it would.
            context.fireChannelRead(data)
        }
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        lastActivity = .now()
        if case .end = unwrapOutboundIn(data) {
            handedOnAnswers = max(0, handedOnAnswers - 1)
        }
        context.write(data, promise: promise)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is ChannelShouldQuiesceEvent, isAnswering {
            heldQuiesce = event
            return
        }
        if let channelEvent = event as? ChannelEvent, channelEvent == .inputClosed, let current = relay, upload == nil, queued.isEmpty {
            // The client shut its side after its request (Hummingbird allows half-closure and
            // answers it). Passed on now, Hummingbird would take it as the connection's end and
            // close before the relayed answer is out; the connection closes once it is written.
            current.relay.closeAfterAnswer()
            return
        }
        context.fireUserInboundEventTriggered(event)
    }

    /// A request taken on here is being read or answered.
    private var isAnswering: Bool {
        switch reading {
        case .served, .relayed, .filling: return true
        default: return relay != nil
        }
    }

    private func releaseHeldQuiesce(_ context: ChannelHandlerContext) {
        if let event = heldQuiesce, !isAnswering {
            heldQuiesce = nil
            context.fireUserInboundEventTriggered(event)
        }
    }

    private func startRelay(_ plan: ProfileRelay.Plan, started: ContinuousClock.Instant, context: ChannelHandlerContext) {
        guard let profiles else { return }
        let relay = ProfileRelay(plan: plan, upstream: profiles.forwarder.upstream, context: context) { [self] relay, close in
            relayAnswered(relay, close: close, context: context)
        }
        self.relay = (relay, started)
        relay.start(on: pool(context, profiles.pools))
    }

    /// This connection's loop's upstream pool.
    private func pool(_ context: ChannelHandlerContext, _ pools: UpstreamPools) -> UpstreamConnectionPool {
        let pool = upstreamPool ?? pools.pool(for: context.eventLoop)
        upstreamPool = pool
        return pool
    }

    /// Starts a write's relay at its head, so that its body streams upstream as it arrives.
    private func startUpload(_ plan: ProfileRelay.Plan, framing: RequestBodyFraming, context: ChannelHandlerContext) {
        guard let profiles else { return }
        let relay = ProfileRelay(plan: plan, upstream: profiles.forwarder.upstream, context: context) { [self] relay, close in
            relayAnswered(relay, close: close, context: context)
        }
        self.relay = (relay, .now)
        let exchange = relay.start(on: pool(context, profiles.pools))
        upload = ProfileUpload(
            exchange: exchange, hasBody: framing != .none, limit: profiles.forwarder.maxBody,
            onTooLarge: { relay.abortUpload(Forwarder.tooLarge) },
            onWritten: { [self] in
                if heldRead, upload?.wantsRead == true {
                    heldRead = false
                    context.read()
                }
            })
    }

    private func receiveUploadPart(_ data: NIOAny, context: ChannelHandlerContext) {
        guard let upload else { return }
        upload.receive(unwrapInboundIn(data))
        if upload.isComplete { self.upload = nil }
    }

    private func startFill(_ plan: LocationRelay.Plan, started: ContinuousClock.Instant, context: ChannelHandlerContext) {
        guard let misses = dispatcher.locationMisses else { return }
        let relay = LocationRelay(plan: plan) { [self] relay, answer in
            guard let current = self.relay, current.relay === relay else { return }
            self.relay = nil
            write(answer, started: current.started, context: context)
            if case .closing = reading {
                queued.removeAll()
                return
            }
            context.eventLoop.assumeIsolatedUnsafeUnchecked().execute { [self] in
                drainQueued(context)
            }
        }
        self.relay = (relay, started)
        relay.start(misses, pool: pool(context, misses.pools))
    }

    /// - Parameter close: `nil` to go on with the next request; else close, once that future (the
    ///   answer's last write) completes.
    private func relayAnswered(_ finished: any DataPlaneRelay, close: EventLoopFuture<Void>?, context: ChannelHandlerContext) {
        guard let current = relay, current.relay === finished else { return }
        relay = nil
        upload?.discardRest()
        lastActivity = .now()
        dispatcher.record(finished.record, elapsed: .now - current.started)
        if let close {
            reading = .closing
            queued.removeAll()
            close.whenComplete { _ in context.close(promise: nil) }
            return
        }
        releaseHeldQuiesce(context)
        // Not from inside the pool's callback: the next relay may want the connection this one frees.
        context.eventLoop.assumeIsolatedUnsafeUnchecked().execute { [self] in
            drainQueued(context)
        }
    }

    /// Goes on with what arrived during a relay, then lets reading resume.
    private func drainQueued(_ context: ChannelHandlerContext) {
        var handedOn = false
        while relay == nil || upload != nil, let data = queued.popFirst() {
            if upload != nil {
                receiveUploadPart(data, context: context)
                continue
            }
            if case .handedOn = reading { handedOn = true }
            process(data, context: context)
            if case .handedOn = reading { handedOn = true }
        }
        // Hummingbird's async channel passes reads on at a read's completion.
        if handedOn { context.fireChannelReadComplete() }
        if heldRead, relay == nil || upload?.wantsRead == true {
            heldRead = false
            context.read()
        }
    }

    private func write(_ answer: DataPlaneAnswer, started: ContinuousClock.Instant, context: ChannelHandlerContext) {
        context.write(wrapOutboundOut(.head(answer.head)), promise: nil)
        if let body = answer.body {
            context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        }
        lastActivity = .now()
        if answer.closesConnection {
            reading = .closing
            context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in context.close(promise: nil) }
        } else {
            // No future to allocate when nobody waits for the write.
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        }
        dispatcher.record(answer.record, elapsed: .now - started)
        releaseHeldQuiesce(context)
    }

    // MARK: idle connections

    private func armIdleTimer(_ context: ChannelHandlerContext) {
        guard let idleTimeout, idleTimer == nil else { return }
        // While an answer is in progress, look again a whole timeout later (never in the past).
        let deadline = requestInProgress ? .now() + idleTimeout : lastActivity + idleTimeout
        idleTimer = context.eventLoop.assumeIsolatedUnsafeUnchecked().scheduleTask(deadline: deadline) { [self] in
            idleTimer = nil
            if !requestInProgress, NIODeadline.now() >= lastActivity + idleTimeout {
                context.close(promise: nil)
            } else {
                armIdleTimer(context)
            }
        }
    }
}
