import Hummingbird
import Logging
import OmneoHTTP
import OmneoPostgres
import ServiceLifecycle

/// The Omneo API v3-compatible sandbox: a database, its routes under `/api/v3`, and a server.
public struct Sandbox: Sendable {
    public let configuration: SandboxConfiguration
    let store: any SandboxStore
    let logger: Logger
    /// What must run while the sandbox serves: the PostgreSQL connection pool, or nothing
    /// (SQLite). ``makeApplication(host:port:logger:onServerRunning:)`` runs them next to its
    /// server; an application built around ``makeRouter()`` must run them too.
    public let services: [any Service]

    /// Opens the database (creating parent folders of a SQLite file, or the schema named in a
    /// PostgreSQL URL), runs migrations, seeds when empty. On PostgreSQL, two sandboxes opening
    /// one new database at once migrate and seed it once.
    public init(configuration: SandboxConfiguration, logger: Logger) async throws {
        self.configuration = configuration
        self.logger = logger
        let seed = configuration.seed ? SandboxSeed.batch() : nil
        let seeded: Bool
        switch configuration.database {
        case .memory, .file:
            let store = try GRDBSandboxStore(database: configuration.database)
            seeded = if let seed { try await store.seedIfEmpty(seed) } else { false }
            (self.store, self.services) = (store, [])
        case .postgres(let url):
            let store = PostgresSandboxStore(url: try PostgresURL(url), logger: logger)
            seeded = try await store.prepare(seed: seed)
            (self.store, self.services) = (store, [store.client])
        }
        if seeded {
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
        ProfileDateRoutes(store: store).register(on: api)
        CustomAttributeRoutes(store: store).register(on: api)
        AppearanceRoutes(store: store).register(on: api)
        BalanceRoutes(store: store).register(on: api)
        RegionRoutes(store: store).register(on: api)
        ProfileRegionRoutes(store: store).register(on: api)
        TransactionRoutes(store: store).register(on: api)
        ProfileTransactionRoutes(store: store).register(on: api)
        TransactionClaimRoutes(store: store).register(on: api)
        TransactionItemRoutes(store: store).register(on: api)
        PointRoutes(store: store).register(on: api)
        LedgerRoutes(store: store).register(on: api)
        RewardDefinitionRoutes(store: store).register(on: api)
        RewardRoutes(store: store).register(on: api)
        ProfileRewardRoutes(store: store).register(on: api)
        BenefitDefinitionRoutes(store: store).register(on: api)
        BenefitRoutes(store: store).register(on: api)
        ProfileBenefitRoutes(store: store).register(on: api)
        ProfileRedeemRoutes(store: store).register(on: api)
        ProfileRedemptionRoutes(store: store).register(on: api)
        CreditDefinitionRoutes(store: store).register(on: api)
        CreditRoutes(store: store).register(on: api)
        ProfileCreditRoutes(store: store).register(on: api)
        TierRoutes(store: store).register(on: api)
        TierPointRoutes(store: store).register(on: api)
        PointDefinitionRoutes().register(on: api)
        ProfileAggregationRoutes(store: store).register(on: api)
        ProfileMaintenanceRoutes(store: store).register(on: api)
        ProfileTypeRoutes(store: store).register(on: api)
        IdentityRoutes(store: store).register(on: api)
        ListRoutes(store: store).register(on: api)
        ListItemRoutes(store: store).register(on: api)
        // v7-lists: list definitions, custom items, custom fields, reservations, shares
        ListDefinitionRoutes(store: store).register(on: api)
        CustomListItemRoutes(store: store).register(on: api)
        ListCustomFieldRoutes(store: store).register(on: api)
        ListReservationRoutes(store: store).register(on: api)
        ListShareRoutes(store: store).register(on: api)
        AddressRoutes(store: store).register(on: api)
        LocationRoutes(store: store).register(on: api)
        ConnectionRoutes(store: store).register(on: api)
        ProfileConnectionRoutes(store: store).register(on: api)
        InteractionRoutes(store: store).register(on: api)
        ProfileInteractionRoutes(store: store).register(on: api)
        OrderRoutes(store: store).register(on: api)
        ProfileOrderRoutes(store: store).register(on: api)
        AchievementDefinitionRoutes(store: store).register(on: api)
        ProfileAchievementRoutes(store: store).register(on: api)
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
            services: services,
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
            logger: logger
        )
    }
}
