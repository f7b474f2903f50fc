import Hummingbird
import Logging
import OmneoHTTP

/// The Omneo API v3-compatible sandbox: a database, its routes under `/api/v3`, and a server.
public struct Sandbox: Sendable {
    public let configuration: SandboxConfiguration
    let store: any SandboxStore
    let logger: Logger

    /// Opens (creating parent folders) the database, runs migrations, seeds when empty.
    public init(configuration: SandboxConfiguration, logger: Logger) async throws {
        self.configuration = configuration
        self.logger = logger
        let store = try GRDBSandboxStore(database: configuration.database)
        self.store = store
        if configuration.seed, try await store.seedIfEmpty(SandboxSeed.batch()) {
            logger.info(
                "Seeded the sandbox database",
                metadata: ["profiles": "\(SandboxSeed.profileIDs.count)", "locations": "\(SandboxSeed.locationCount)"])
        }
    }

    /// All routes, under the path prefix `/api/v3`. Every route requires the bearer token;
    /// every error is answered as Omneo's JSON error body.
    public func makeRouter() -> Router<BasicRequestContext> {
        let router = Router(options: .autoGenerateHeadEndpoints)
        router.add(middleware: AccessLogMiddleware())
        router.add(middleware: OmneoErrorMiddleware())
        router.add(middleware: AuthMiddleware(apiToken: configuration.apiToken))
        let api = router.group("api/v3")
        AuthRoutes().register(on: api)
        ProfileRoutes(store: store).register(on: api)
        CommsRoutes(store: store).register(on: api)
        IdentityRoutes(store: store).register(on: api)
        ListRoutes(store: store).register(on: api)
        ListItemRoutes(store: store).register(on: api)
        AddressRoutes(store: store).register(on: api)
        LocationRoutes(store: store).register(on: api)
        return router
    }

    /// A Hummingbird application serving ``makeRouter()`` on `host:port` (port 0 picks a free
    /// port); `onServerRunning` receives the bound port.
    public func makeApplication(
        host: String, port: Int, logger: Logger,
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        Application(
            router: makeRouter(),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
            logger: logger
        )
    }
}
