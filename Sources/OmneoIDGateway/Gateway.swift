import AsyncHTTPClient
import Foundation
import Hummingbird
import Logging
import OmneoHTTP
import OmneoIDConfiguration

/// The Omneo ID gateway: the public HTTP API in front of one Omneo upstream.
public struct Gateway: Sendable {
    /// The public API's base path.
    public static let basePath = "/id/api/v1"

    public let settings: OmneoIDSettings
    public let upstream: Upstream
    public let issuer: TokenIssuer
    public let verifier: TokenVerifier
    let readiness: Readiness

    /// Loads (or, on first start, creates) the signing keys and prepares every route.
    ///
    /// - Parameters:
    ///   - upstream: where calls go (the embedded sandbox's URL and token, or the configured tenant).
    public init(settings: OmneoIDSettings, upstream: Upstream) async throws {
        let tokenSettings = TokenSettings(
            issuer: settings.issuer, audience: settings.tenant, ttl: settings.tokenTTL,
            algorithm: settings.tokenAlgorithm)
        let keys = try SigningKeyFile(path: settings.keysFile).loadOrCreate(algorithm: settings.tokenAlgorithm).keys
        self.settings = settings
        self.upstream = upstream
        self.issuer = try await TokenIssuer(settings: tokenSettings, keys: keys)
        self.verifier = try await TokenVerifier(settings: tokenSettings, keys: keys)
        self.readiness = Readiness(upstream: upstream, keysLoaded: { true })
    }

    /// Every route of the public listener.
    public func makeRouter() -> Router<GatewayRequestContext> {
        let router = Router(context: GatewayRequestContext.self)
        router.add(middleware: RequestLogMiddleware())
        router.add(middleware: RequestHygieneMiddleware())
        HealthRoutes(readiness: readiness).register(on: router)
        let forwarder = Forwarder(upstream: upstream, maxBody: settings.maxBody, trustedProxies: settings.trustedProxies)
        ProfileProxyRoutes(verifier: verifier, forwarder: forwarder).register(on: router)
        return router
    }

    /// The public listener on `settings.host:settings.port` (0 = ephemeral, reported through `onServerRunning`).
    public func makeApplication(
        logger: Logger, onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        Application(
            router: makeRouter(),
            server: OriginFormHTTP1Channel.builder(),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: nil),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) },
            logger: logger
        )
    }
}
