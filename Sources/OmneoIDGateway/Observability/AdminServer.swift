import Hummingbird
import Logging
import Metrics
import NIOCore
import Prometheus

/// The operators' listener (`OMNEO_ID_ADMIN_HOST:OMNEO_ID_ADMIN_PORT`, default
/// `127.0.0.1:9090`): `GET /metrics` in the Prometheus text format (the registry's metrics
/// with `# HELP` text, `omneo_id_build_info` and the `process_*` metrics), and nothing else.
/// The public listener never serves `/metrics`.
///
/// ```swift
/// let admin = AdminServer()
/// admin.bootstrapMetricsSystem()            // once per process, before the gateway is made
/// let gateway = try await Gateway(settings: settings, upstream: upstream)
/// services.append(admin.makeApplication(host: settings.adminHost, port: settings.adminPort, logger: logger))
/// ```
public struct AdminServer: Sendable {
    /// Where the metrics live; `GET /metrics` writes it out.
    public let registry: PrometheusCollectorRegistry

    /// Also records `omneo_id_build_info{version="…"} 1` in `registry`.
    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
        registry.makeGauge(
            name: "omneo_id_build_info", labels: [("version", BuildInfo.version)],
            help: "Always 1; the version label is the running omneo-id's (omneo-id --version)."
        ).set(to: 1.0)
    }

    /// A swift-metrics factory writing into ``registry`` (what tests give `Gateway` directly).
    public var metricsFactory: any MetricsFactory {
        GatewayMetrics.prometheusFactory(registry: registry)
    }

    /// Makes ``registry`` the process-wide swift-metrics backend. Call once per process.
    public func bootstrapMetricsSystem() {
        MetricsSystem.bootstrap(metricsFactory)
    }

    static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    /// The admin router: `GET /metrics`; anything else 404.
    public func makeRouter() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.get("/metrics") { [registry] _, _ in
            var emitted: [UInt8] = []
            emitted.reserveCapacity(16 * 1024)
            registry.emit(into: &emitted)
            var bytes = MetricHelp.adding(to: emitted)
            bytes.append(contentsOf: Array(ProcessMetrics.exposition().utf8))
            return Response(
                status: .ok, headers: [.contentType: Self.contentType, .cacheControl: "no-store"],
                body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
        }
        return router
    }

    /// The admin listener on `host:port` (0 = ephemeral, reported through `onServerRunning`).
    public func makeApplication(
        host: String, port: Int, logger: Logger, onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        Application(
            router: makeRouter(),
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) },
            logger: logger
        )
    }
}

extension GatewayMetrics {
    /// Histogram buckets for the gateway's latencies: finer than swift-prometheus's default
    /// at the low end, where a proxy's own overhead lives.
    public static let durationBuckets: [Duration] = [
        .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10),
        .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500),
        .seconds(1), .milliseconds(2500), .seconds(5), .seconds(10), .seconds(30),
    ]

    /// A swift-prometheus factory on `registry` with the gateway's histogram buckets.
    public static func prometheusFactory(registry: PrometheusCollectorRegistry) -> PrometheusMetricsFactory {
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = durationBuckets
        return factory
    }
}
