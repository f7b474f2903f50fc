import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

/// The upstream connections of one event loop, all on that loop: idle keep-alive connections
/// are reused (most recent first), new ones opened up to `maxConnectionsPerLoop`, then exchanges
/// wait in a bounded line (at most `connectTimeout`) or fail fast with `.poolExhausted`.
/// Every method runs on `eventLoop`.
final class UpstreamConnectionPool {
    let eventLoop: any EventLoop
    let configuration: UpstreamPoolConfiguration
    private let sslContext: NIOSSLContext?
    private var idle: [UpstreamConnection] = []
    private var open: [ObjectIdentifier: UpstreamConnection] = [:]
    private var waiting = CircularBuffer<(exchange: UpstreamExchange, timer: Scheduled<Void>)>()
    private(set) var isShutDown = false

    init(eventLoop: any EventLoop, configuration: UpstreamPoolConfiguration, sslContext: NIOSSLContext?) {
        self.eventLoop = eventLoop
        self.configuration = configuration
        self.sslContext = sslContext
    }

    /// Connections open now (idle, busy or connecting).
    var openConnections: Int { open.count }

    /// Starts `request` on an idle connection, a new one, or after waiting for one; the
    /// delegate hears of it on this loop, never before `execute` returns.
    func execute(_ request: UpstreamRequest, delegate: any UpstreamExchangeDelegate) -> UpstreamExchange {
        eventLoop.preconditionInEventLoop()
        let exchange = UpstreamExchange(request: request, delegate: delegate, eventLoop: eventLoop)
        if isShutDown {
            failLater(exchange, .closed)
        } else {
            dispatch(exchange)
        }
        return exchange
    }

    /// Closes idle connections and fails every waiting and in-flight exchange with `.closed`;
    /// later `execute` calls fail the same way.
    func shutdown() -> EventLoopFuture<Void> {
        eventLoop.preconditionInEventLoop()
        isShutDown = true
        while let (exchange, timer) = waiting.popFirst() {
            timer.cancel()
            exchange.fail(.closed)
        }
        let channels = open.values.compactMap(\.channel)
        for connection in Array(open.values) { connection.close() }
        return EventLoopFuture.andAllComplete(channels.map(\.closeFuture), on: eventLoop)
    }

    // MARK: Called by connections

    func connectionReady(_ connection: UpstreamConnection, for exchange: UpstreamExchange?) {
        if let exchange, !exchange.isOver {
            connection.start(exchange)
        } else {
            release(connection)
        }
    }

    /// A connection finished an exchange and may carry another.
    func release(_ connection: UpstreamConnection) {
        if isShutDown { return connection.close() }
        while let (exchange, timer) = waiting.popFirst() {
            timer.cancel()
            guard !exchange.isOver else { continue }
            return connection.start(exchange)
        }
        idle.append(connection)
        connection.park()
    }

    func connectionClosed(_ connection: UpstreamConnection) {
        open[ObjectIdentifier(connection)] = nil
        idle.removeAll { $0 === connection }
        // A slot came free: the first in line gets a new connection.
        while !isShutDown, open.count < configuration.maxConnectionsPerLoop, let (exchange, timer) = waiting.popFirst() {
            timer.cancel()
            guard !exchange.isOver else { continue }
            connect(for: exchange)
        }
    }

    func connectFailed(_ exchange: UpstreamExchange, error: UpstreamExchangeError) {
        // Refused: the request never left; DESIGN §2.2 allows one more attempt.
        if error == .connect, exchange.request.retryable, !exchange.wasRetried, !isShutDown {
            exchange.wasRetried = true
            return connect(for: exchange)
        }
        exchange.fail(isShutDown ? .closed : error)
    }

    func exchangeFailed(_ exchange: UpstreamExchange, error: UpstreamExchangeError, onReusedConnection: Bool) {
        guard !exchange.isOver else { return }
        // A reused keep-alive connection the upstream had closed: nothing of the request was
        // answered, and a retryable request is safe to send once more on a fresh connection.
        if error == .closed, onReusedConnection, !exchange.receivedHead, exchange.request.retryable,
            !exchange.wasRetried, !isShutDown
        {
            exchange.wasRetried = true
            exchange.connection = nil
            return connect(for: exchange)
        }
        exchange.fail(error)
    }

    // MARK: Private

    private func dispatch(_ exchange: UpstreamExchange) {
        while let connection = idle.popLast() {
            if connection.isUsable { return connection.start(exchange) }
            connection.close()
        }
        if open.count < configuration.maxConnectionsPerLoop { return connect(for: exchange) }
        guard waiting.count < configuration.maxWaitingPerLoop else { return failLater(exchange, .poolExhausted) }
        let timer = eventLoop.assumeIsolated().scheduleTask(in: configuration.connectTimeout) { [self] in
            guard let index = waiting.firstIndex(where: { $0.exchange === exchange }) else { return }
            waiting.remove(at: index)
            exchange.fail(.timeout)
        }
        waiting.append((exchange, timer))
        exchange.onCancelWhileWaiting = { [self] in
            guard let index = waiting.firstIndex(where: { $0.exchange === exchange }) else { return }
            waiting.remove(at: index).timer.cancel()
        }
    }

    /// Opens a new connection that will carry `exchange` once connected.
    private func connect(for exchange: UpstreamExchange) {
        let connection = UpstreamConnection(pool: self, for: exchange, usesTLS: sslContext != nil)
        open[ObjectIdentifier(connection)] = connection
        exchange.onCancelWhileWaiting = { [weak connection] in connection?.forgetPendingExchange() }
        let endpoint = configuration.endpoint
        let sslContext = self.sslContext
        let boundConnection = NIOLoopBound(connection, eventLoop: eventLoop)
        ClientBootstrap(group: eventLoop)
            .connectTimeout(configuration.connectTimeout)
            // TCP level: `.socketOption(.tcp_nodelay)` would be SOL_SOCKET/1, i.e. SO_DEBUG, which
            // a non-root process may not set (every connect then failed in the image).
            .channelOption(.tcpOption(.tcp_nodelay), value: 1)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let pipeline = channel.pipeline.syncOperations
                    if let sslContext {
                        try pipeline.addHandler(NIOSSLClientHandler(context: sslContext, serverHostname: endpoint.serverName))
                    }
                    try pipeline.addHTTPClientHandlers()
                    try pipeline.addHandler(boundConnection.value)
                }
            }
            .connect(host: endpoint.host, port: endpoint.port)
            .assumeIsolated()
            .whenComplete { result in
                switch result {
                case .success(let channel):
                    if !connection.isOpen { channel.close(promise: nil) }
                case .failure(let error):
                    connection.connectFailed(error)
                }
            }
    }

    /// Fails on the next tick, so the caller holds the exchange before its delegate hears of it.
    private func failLater(_ exchange: UpstreamExchange, _ error: UpstreamExchangeError) {
        eventLoop.assumeIsolated().execute { exchange.fail(error) }
    }
}
