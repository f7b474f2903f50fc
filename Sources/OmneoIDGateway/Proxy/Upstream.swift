import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// The Omneo API the gateway calls: its base URL (ending in `/api/v3`), the service
/// token every gateway-initiated call uses, and one shared, pooled HTTP client.
public struct Upstream: Sendable {
    /// Scheme, host and port, e.g. `https://api.acme.getomneo.com` — no path.
    public let origin: String
    /// The base path, e.g. `/api/v3` (no trailing slash; may be empty).
    public let basePath: String
    /// `Authorization` value for every call the gateway makes on its own account.
    let serviceAuthorization: String
    /// Per request, from start to the end of the response head.
    public let timeout: TimeAmount
    public let client: HTTPClient
    /// Where the gateway's metrics go; every component holds an `Upstream`, so this is how
    /// they reach the upstream calls, the minter and the locations cache. Set by `Gateway`.
    public internal(set) var metrics: GatewayMetrics = .disabled
    /// Where upstream failures that reach a client are logged (rate-limited). Set by `Gateway`.
    var failureLog = UpstreamFailureLog()

    /// - Parameters:
    ///   - baseURL: e.g. `https://api.acme.getomneo.com/api/v3`.
    ///   - serviceToken: `OMNEO_ID_UPSTREAM_TOKEN`.
    ///   - client: shared for the process; the caller shuts it down.
    public init(baseURL: String, serviceToken: String, timeout: Duration, client: HTTPClient) throws {
        guard let components = URLComponents(string: baseURL), let scheme = components.scheme, let host = components.host
        else {
            throw UpstreamError.invalidBaseURL
        }
        var origin = "\(scheme)://\(host.contains(":") ? "[\(host)]" : host)"
        if let port = components.port { origin += ":\(port)" }
        self.origin = origin
        var path = components.percentEncodedPath
        while path.hasSuffix("/") { path.removeLast() }
        self.basePath = path
        self.serviceAuthorization = "Bearer \(serviceToken)"
        let seconds = timeout.components
        self.timeout = .nanoseconds(seconds.seconds * 1_000_000_000 + seconds.attoseconds / 1_000_000_000)
        self.client = client
    }

    /// This upstream without the failure warning lines: for callers that report a failure
    /// themselves in one line of their own (`omneo-id check`).
    public var withoutFailureLog: Upstream {
        var copy = self
        copy.failureLog = UpstreamFailureLog(logger: Logger(label: "omneo-id.upstream", factory: { _ in SwiftLogNoOpLogHandler() }))
        return copy
    }

    /// The absolute URL of `path` plus an optional raw query.
    public func url(_ path: UpstreamPath, query: String? = nil) -> String {
        origin + target(path, query: query)
    }

    /// The origin-form target on the upstream: base path, `path` and `query` (the data plane's `head.uri`).
    func target(_ path: UpstreamPath, query: String? = nil) -> String {
        var url = basePath + path.encoded
        if let query, !query.isEmpty { url += "?" + query }
        return url
    }

    /// Connections the client keeps to the upstream.
    public static let poolSize = 256
    /// How many of them proxied traffic may hold at once (`ProxyAdmission`): the other 64
    /// are kept for the gateway's own calls (mint look-ups, find-or-create, location fills),
    /// which proxied traffic, however slow or many, cannot take.
    public static let proxyCapacity = 192

    /// A client configured for calling an upstream: pooled keep-alive connections, no
    /// redirects followed, no decompression, bounded connect time, and `timeout` as the
    /// longest the upstream may stay silent once the request has been sent.
    public static func makeClient(
        timeout: Duration = .seconds(30), eventLoopGroup: any EventLoopGroup = HTTPClient.defaultEventLoopGroup
    ) -> HTTPClient {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        configuration.decompression = .disabled
        let parts = timeout.components
        let read = TimeAmount.nanoseconds(parts.seconds * 1_000_000_000 + parts.attoseconds / 1_000_000_000)
        configuration.timeout = .init(connect: .seconds(5), read: read)
        configuration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: poolSize)
        // Fail fast when the upstream cannot be reached; the forwarder decides about retrying.
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.httpVersion = .automatic
        // No tracer: with the default (swift-distributed-tracing's no-op tracer, which is not
        // `nil`) AsyncHTTPClient builds span attributes, URL strings included, for every request.
        configuration.tracing.tracer = nil
        return HTTPClient(eventLoopGroup: eventLoopGroup, configuration: configuration)
    }
}

/// Why an upstream call failed before a usable answer arrived.
public enum UpstreamError: Error, Equatable {
    /// The configured base URL cannot be used.
    case invalidBaseURL
    /// No connection, or it broke: 502.
    case unavailable
    /// Slower than the configured timeout: 504.
    case timeout
    /// The upstream answered something the gateway cannot use: 502.
    case badResponse
    /// The upstream refused the service token (401/403): 502, logged and counted.
    case refusedCredentials
}

extension Upstream {
    /// Records one upstream call (its time to the response head) and, when it failed in a
    /// way a client will see, counts and logs the failure.
    func record(
        _ call: GatewayMetrics.UpstreamCall, since start: ContinuousClock.Instant, until end: ContinuousClock.Instant = .now,
        failure: GatewayMetrics.UpstreamFailure?, requestID: String?
    ) {
        metrics.upstream(call, duration: end - start, failure: failure)
        if let failure { failureLog.report(call: call.rawValue, kind: failure.rawValue, requestID: requestID) }
    }
}

extension Upstream: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The upstream's URL only: the service token never appears in logs or dumps.
    public var description: String { "Upstream(\(origin)\(basePath))" }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: ["origin": origin, "basePath": basePath]) }
}
