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
    ///   - configure: adjusts the settings (defaults from the configuration table otherwise).
    public init(
        upstreamURL: String, upstreamToken: String = "service-token",
        configure: (inout OmneoIDSettings) -> Void = { _ in }
    ) async throws {
        let directory = NSTemporaryDirectory() + "omneo-id-gateway-\(UUID().uuidString)"
        var settings = OmneoIDSettings()
        settings.host = "127.0.0.1"
        settings.port = 0
        settings.dataDirectory = directory
        settings.keysFile = directory + "/keys.jwks.json"
        settings.upstream = .remote(url: upstreamURL, token: upstreamToken)
        configure(&settings)
        let client = Upstream.makeClient(timeout: .seconds(settings.upstreamTimeout))
        let upstream = try Upstream(
            baseURL: upstreamURL, serviceToken: upstreamToken, timeout: .seconds(settings.upstreamTimeout), client: client)
        let gateway = try await Gateway(settings: settings, upstream: upstream)
        self.server = try await ServerTask { onRunning in
            gateway.makeApplication(logger: Logger(label: "gateway-test", factory: { _ in SwiftLogNoOpLogHandler() }), onServerRunning: onRunning)
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
        try? await client.shutdown()
        try? FileManager.default.removeItem(atPath: dataDirectory)
    }
}
