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
    public var issuer: TokenIssuer { keyRing.issuer }
    public var verifier: TokenVerifier { keyRing.verifier }
    let keyRing: KeyRing
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
        self.keyRing = try await KeyRing(keys: keys, settings: tokenSettings)
        self.readiness = Readiness(upstream: upstream, keysLoaded: { true })
    }

    /// Every route of the public listener.
    public func makeRouter() -> Router<GatewayRequestContext> {
        let router = Router(context: GatewayRequestContext.self)
        router.add(middleware: RequestLogMiddleware())
        router.add(middleware: RequestHygieneMiddleware())
        HealthRoutes(readiness: readiness).register(on: router)
        let forwarder = Forwarder(upstream: upstream, maxBody: settings.maxBody, trustedProxies: settings.trustedProxies)
        TokenRoutes(
            authenticator: APITokenAuthenticator(mode: settings.authMode, upstream: upstream),
            minter: TokenMinter(issuer: issuer, upstream: upstream), keyRing: keyRing
        ).register(on: router)
        ProfileProxyRoutes(verifier: verifier, forwarder: forwarder).register(on: router)
        LocationRoutes(verifier: verifier, upstream: upstream, settings: settings).register(on: router)
        FindOrCreateRoutes(verifier: verifier, upstream: upstream, maxBody: settings.maxBody).register(on: router)
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

extension Gateway {
    /// Mints an ID token exactly as `POST /auth/token` does (without the API-token check):
    /// `id` nil → anonymous; `id` alone → a profile id; `id` and `idHandle` → an identity.
    public func mintToken(id: String?, idHandle: String?) async throws -> (token: String, expiresAt: Int) {
        var body: [String: JSONValue] = [:]
        if let id { body["id"] = .string(id) }
        if let idHandle { body["id_handle"] = .string(idHandle) }
        let minted = try await TokenMinter(issuer: issuer, upstream: upstream).mint(try MintRequest(body))
        return (minted.token, minted.expiresAt)
    }
}
