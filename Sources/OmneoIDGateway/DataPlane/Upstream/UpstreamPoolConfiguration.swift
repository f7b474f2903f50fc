import NIOCore

/// How the data plane's upstream connections are made and kept.
struct UpstreamPoolConfiguration: Sendable {
    var endpoint: UpstreamEndpoint
    /// TCP connect plus TLS handshake; also the longest an exchange waits in line for a connection.
    var connectTimeout: TimeAmount = .seconds(5)
    /// The longest the upstream may stay silent once the request has been sent, while the
    /// receiver is ready for more (`OMNEO_ID_UPSTREAM_TIMEOUT`).
    var readTimeout: TimeAmount = .seconds(30)
    /// Connections one event loop may hold open. `ProxyAdmission` already caps proxied traffic
    /// over all loops at `Upstream.proxyCapacity`, so by default one loop may use all of it.
    var maxConnectionsPerLoop: Int = Upstream.proxyCapacity
    /// Exchanges that may wait for a connection when all of a loop's are busy; beyond that
    /// `execute` fails at once with `.poolExhausted` (fail fast, memory bounded).
    var maxWaitingPerLoop: Int = Upstream.proxyCapacity
    /// An idle keep-alive connection is closed after this long.
    var idleTimeout: TimeAmount = .seconds(60)
    var tls = UpstreamTLSConfiguration()
}
