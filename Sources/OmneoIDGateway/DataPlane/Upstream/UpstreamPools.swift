import NIOCore
import NIOSSL
import Synchronization

/// The data plane's upstream connections: one `UpstreamConnectionPool` per event loop, made on
/// first use from that loop, so a client connection and its upstream connections share a loop.
/// Made once per gateway; `shutdown()` with the gateway.
final class UpstreamPools: Sendable {
    let configuration: UpstreamPoolConfiguration
    private let sslContext: NIOSSLContext?
    private let pools = Mutex<(byLoop: [ObjectIdentifier: NIOLoopBound<UpstreamConnectionPool>], isShutDown: Bool)>(([:], false))

    /// Reads TLS trust roots when the upstream is `https`: call at start, not on an event loop.
    init(configuration: UpstreamPoolConfiguration) throws {
        self.configuration = configuration
        self.sslContext = configuration.endpoint.scheme == .https ? try configuration.tls.makeContext() : nil
    }

    /// For the gateway's upstream: its URL and `OMNEO_ID_UPSTREAM_TIMEOUT` as the read timeout.
    convenience init(upstream: Upstream, tls: UpstreamTLSConfiguration = .init()) throws {
        var configuration = UpstreamPoolConfiguration(endpoint: try UpstreamEndpoint(url: upstream.origin))
        configuration.readTimeout = upstream.timeout
        configuration.tls = tls
        try self.init(configuration: configuration)
    }

    /// The pool of `eventLoop`; call on that loop.
    func pool(for eventLoop: any EventLoop) -> UpstreamConnectionPool {
        eventLoop.preconditionInEventLoop()
        let key = ObjectIdentifier(eventLoop)
        return pools.withLock { state in
            if let pool = state.byLoop[key] { return pool.value }
            let pool = UpstreamConnectionPool(eventLoop: eventLoop, configuration: configuration, sslContext: sslContext)
            if state.isShutDown { _ = pool.shutdown() }
            state.byLoop[key] = NIOLoopBound(pool, eventLoop: eventLoop)
            return pool
        }
    }

    /// Closes every connection: idle ones at once, in-flight exchanges fail with `.closed`.
    func shutdown() async {
        let all = pools.withLock { state in
            state.isShutDown = true
            return Array(state.byLoop.values)
        }
        for bound in all {
            let loop = bound.eventLoop
            try? await loop.flatSubmit { bound.value.shutdown() }.get()
        }
    }
}
