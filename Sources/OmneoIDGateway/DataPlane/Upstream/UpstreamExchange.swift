import NIOCore
import NIOHTTP1

/// One in-flight exchange; all calls on the pool's event loop.
///
/// Answer parts are handed to the delegate one body part per `demand()` (the first one without),
/// buffered here meanwhile; the connection reads from the upstream socket only when this buffer
/// is empty and the delegate wants more.
final class UpstreamExchange {
    let request: UpstreamRequest
    let eventLoop: any EventLoop
    /// Sent once more on a fresh connection already (DESIGN §2.2 allows one retry).
    var wasRetried = false
    /// Set by the pool while an upstream connection carries this exchange.
    var connection: UpstreamConnection?
    /// A response head arrived: from then on the exchange is never retried.
    private(set) var receivedHead = false
    private var delegate: (any UpstreamExchangeDelegate)?
    private var buffered = CircularBuffer<HTTPClientResponsePart>()
    private var wantsMore = true
    private var isDelivering = false
    private var pendingBody = CircularBuffer<(part: ByteBuffer, promise: EventLoopPromise<Void>)>()
    /// `finishBody()` was called.
    private(set) var bodyFinished = false
    /// Finished, failed or cancelled: nothing more reaches the delegate.
    private(set) var isOver = false
    /// Called once when cancelled while waiting for a connection, so the pool forgets it.
    var onCancelWhileWaiting: (() -> Void)?

    init(request: UpstreamRequest, delegate: any UpstreamExchangeDelegate, eventLoop: any EventLoop) {
        self.request = request
        self.delegate = delegate
        self.eventLoop = eventLoop
    }

    // MARK: The caller's side

    /// Sends one part of the request body; the future completes when written (backpressure).
    func writeBodyPart(_ part: ByteBuffer) -> EventLoopFuture<Void> {
        eventLoop.preconditionInEventLoop()
        guard request.hasBody, !bodyFinished, !isOver else {
            return eventLoop.makeFailedFuture(UpstreamExchangeError.closed)
        }
        if let connection { return connection.writeBodyPart(part) }
        let promise = eventLoop.makePromise(of: Void.self)
        pendingBody.append((part, promise))
        return promise.futureResult
    }

    func finishBody() {
        eventLoop.preconditionInEventLoop()
        guard request.hasBody, !bodyFinished else { return }
        bodyFinished = true
        if pendingBody.isEmpty, let connection { connection.finishRequest() }
    }

    /// The delegate is ready for the next response body part.
    func demand() {
        eventLoop.preconditionInEventLoop()
        guard !isOver else { return }
        wantsMore = true
        deliver()
        if wantsData { connection?.resumeReading() }
    }

    /// The client went away or the answer is no longer wanted: the connection is closed, never reused.
    func cancel() {
        eventLoop.preconditionInEventLoop()
        guard !isOver else { return }
        isOver = true
        delegate = nil
        buffered.removeAll()
        failPendingBody()
        if let connection {
            self.connection = nil
            connection.abort()
        } else {
            onCancelWhileWaiting?()
        }
        onCancelWhileWaiting = nil
    }

    // MARK: The connection's side

    /// Whether the connection should read more from the upstream for this exchange.
    var wantsData: Bool { !isOver && buffered.isEmpty && (wantsMore || !receivedHead) }

    /// A connection now carries this exchange: queued body parts go out in order.
    func attach(_ connection: UpstreamConnection) {
        self.connection = connection
        onCancelWhileWaiting = nil
        while let (part, promise) = pendingBody.popFirst() {
            connection.writeBodyPart(part).cascade(to: promise)
        }
        if bodyFinished { connection.finishRequest() }
    }

    func receive(_ part: HTTPClientResponsePart) {
        guard !isOver else { return }
        if case .head = part { receivedHead = true }
        buffered.append(part)
        deliver()
    }

    func fail(_ error: UpstreamExchangeError) {
        guard !isOver else { return }
        isOver = true
        connection = nil
        onCancelWhileWaiting = nil
        buffered.removeAll()
        failPendingBody()
        let delegate = self.delegate
        self.delegate = nil
        delegate?.exchange(self, didFail: error)
    }

    // MARK: Private

    private func deliver() {
        guard !isDelivering else { return }
        isDelivering = true
        defer { isDelivering = false }
        while !isOver, let part = buffered.first {
            switch part {
            case .head(let head):
                buffered.removeFirst()
                delegate?.exchange(self, didReceiveHead: head)
            case .body(let body):
                guard wantsMore else { return }
                wantsMore = false
                buffered.removeFirst()
                delegate?.exchange(self, didReceiveBodyPart: body)
            case .end:
                buffered.removeFirst()
                isOver = true
                connection = nil
                failPendingBody()
                let delegate = self.delegate
                self.delegate = nil
                delegate?.exchangeDidFinish(self)
            }
        }
    }

    private func failPendingBody() {
        while let (_, promise) = pendingBody.popFirst() { promise.fail(UpstreamExchangeError.closed) }
    }
}
