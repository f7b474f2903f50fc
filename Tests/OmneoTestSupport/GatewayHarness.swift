import AsyncHTTPClient
import Foundation
import Logging
import OmneoIDConfiguration
import OmneoIDGateway

/// A gateway on 127.0.0.1 and an ephemeral port, with its own keys in a temporary folder.
public final class GatewayHarness: Sendable {
    public let gateway: Gateway
    public let settings: OmneoIDSettings
    private let server: ServerTask
    private let client: HTTPClient
    public let dataDirectory: String

    public var port: Int { server.port }
    /// e.g. `http://127.0.0.1:PORT/id/api/v1`.
    public var baseURL: String { "http://127.0.0.1:\(server.port)\(Gateway.basePath)" }

    /// - Parameters:
    ///   - upstreamURL: the upstream base URL (ending in `/api/v3`).
    ///   - configure: adjusts the settings (defaults from the configuration table otherwise,
    ///     except that the rate limits start off).
    ///   - admin: the metrics registry (through its admin server) the gateway records into; none when `nil`.
    ///   - logger: the gateway's logger (a no-op one when `nil`), e.g. one capturing lines for a test.
    public init(
        upstreamURL: String, upstreamToken: String = "service-token",
        admin: AdminServer? = nil, logger: Logger? = nil,
        configure: (inout OmneoIDSettings) -> Void = { _ in }
    ) async throws {
        let directory = NSTemporaryDirectory() + "omneo-id-gateway-\(UUID().uuidString)"
        var settings = OmneoIDSettings()
        settings.host = "127.0.0.1"
        settings.port = 0
        settings.dataDirectory = directory
        settings.keysFile = directory + "/keys.jwks.json"
        settings.upstream = .remote(url: upstreamURL, token: upstreamToken)
        // Rate limits are off unless a test turns them on: tests send bursts on purpose.
        settings.rateLimitTokenMint = nil
        settings.rateLimitProfilesMe = nil
        settings.rateLimitFindOrCreateIP = nil
        settings.rateLimitFindOrCreateToken = nil
        settings.rateLimitLocationsMissesIP = nil
        settings.rateLimitLocationsMissesToken = nil
        configure(&settings)
        let client = Upstream.makeClient(timeout: .seconds(settings.upstreamTimeout))
        let upstream = try Upstream(
            baseURL: upstreamURL, serviceToken: upstreamToken, timeout: .seconds(settings.upstreamTimeout), client: client)
        let gateway = try await Gateway(settings: settings, upstream: upstream, metricsFactory: admin?.metricsFactory)
        let logger = logger ?? Logger(label: "gateway-test", factory: { _ in SwiftLogNoOpLogHandler() })
        self.server = try await ServerTask { onRunning in
            gateway.makeApplication(logger: logger, onServerRunning: onRunning)
        }
        self.gateway = gateway
        self.settings = settings
        self.client = client
        self.dataDirectory = directory
    }

    /// A token for `profileID`, minted by this gateway's issuer.
    public func token(for profileID: String) async throws -> String {
        try await gateway.issuer.mint(.profile(.init(profileID)!)).token
    }

    /// An anonymous token minted by this gateway's issuer.
    public func anonymousToken() async throws -> String {
        try await gateway.issuer.mint(.anonymous).token
    }

    public func stop() async {
        await server.stop()
        await gateway.shutdown()
        try? await client.shutdown()
        try? FileManager.default.removeItem(atPath: dataDirectory)
    }
}
