import AsyncHTTPClient
import Foundation
import Hummingbird
import Logging
import Metrics
import OmneoHTTP
import OmneoIDConfiguration
import OmneoPostgres
import PostgresNIO
import ServiceLifecycle

/// The Omneo ID gateway: the public HTTP API in front of one Omneo upstream.
public struct Gateway: Sendable {
    /// The public API's base path.
    public static let basePath = "/id/api/v1"

    public let settings: OmneoIDSettings
    public let upstream: Upstream
    public var issuer: TokenIssuer { keyRing.issuer }
    public var verifier: TokenVerifier { keyRing.verifier }
    let keyRing: KeyRing
    let readiness: ReadinessPolicy
    let upstreamProbe: UpstreamProbe
    /// Request, upstream, minting, cache and rate-limit metrics (see `GatewayMetrics`).
    public let metrics: GatewayMetrics
    /// The abuse limits, shared by every router this gateway makes; `nil` when all are off.
    let rateLimits: RateLimitMiddleware?
    /// Proxied requests in flight, per profile and in all (DESIGN §2.2); shared by every router.
    let admission: ProxyAdmission
    /// Serialises find-or-create per shopper: in this process, or across replicas through
    /// PostgreSQL when `settings.databaseURL` is set.
    let profileLock: any ProfileLock
    /// The PostgreSQL pool behind `profileLock` and revocations, when there is one.
    let database: PostgresClient?
    /// What a shopper's token may do under `/profiles/me` (`OMNEO_ID_PROFILE_POLICY`);
    /// reloaded with the keys.
    public let profilePolicy: ProfilePolicyStore
    /// The `/locations` cache, shared by the route and the data plane.
    let locationCache = ResponseCache()
    /// Concurrent `/locations` misses of one key, collapsed into one upstream call, whichever
    /// path (the route or the data plane) leads or waits.
    let locationFlights = SingleFlight<String, StoredResponse>()
    /// Upstream fetches (cache misses) per client and per token, shared by the route and the data plane.
    let locationMisses: LocationMissBudget
    /// The data plane's upstream connections (`nil` when the data plane is off); shut down by `shutdown()`.
    let upstreamPools: UpstreamPools?
    /// Where `POST /auth/revoke` records revocations (memory, or PostgreSQL then memory).
    let revocationStore: RevocationStore
    /// Drops expired revocations and, with PostgreSQL, receives the other replicas'.
    public let revocationSync: RevocationSync

    /// What must run beside the listeners for as long as they do (the revocation sync; the
    /// PostgreSQL pool when `OMNEO_ID_DATABASE_URL` is set); add them to the same `ServiceGroup`.
    public var services: [ServiceGroupConfiguration.ServiceConfiguration] {
        (database.map { [.init(service: $0, serviceName: "postgres-pool")] } ?? [])
            + [.init(service: revocationSync, serviceName: "revocation-sync")]
    }

    /// Loads (or, on first start, creates) the signing keys and prepares every route.
    ///
    /// - Parameters:
    ///   - upstream: where calls go (the embedded sandbox's URL and token, or the configured tenant).
    ///   - metricsFactory: where metrics go; `MetricsSystem.factory` (bootstrapped once by the
    ///     CLI, see `AdminServer`) when `nil`. Tests pass a factory on a registry of their own.
    public init(settings: OmneoIDSettings, upstream: Upstream, metricsFactory: (any MetricsFactory)? = nil) async throws {
        let tokenSettings = TokenSettings(
            issuer: settings.issuer, audience: settings.tenant, ttl: settings.tokenTTL,
            algorithm: settings.tokenAlgorithm)
        self.profilePolicy = try ProfilePolicyStore(settings.profilePolicy)
        let keys = try SigningKeyFile(path: settings.keysFile).loadOrCreate(algorithm: settings.tokenAlgorithm).keys
        let metrics = metricsFactory.map { GatewayMetrics(factory: $0) } ?? GatewayMetrics()
        var upstream = upstream
        upstream.metrics = metrics
        self.settings = settings
        self.upstream = upstream
        self.metrics = metrics
        let revocations = RevocationList()
        let revocationMetrics = RevocationMetrics(factory: metrics.factory)
        self.keyRing = try await KeyRing(keys: keys, settings: tokenSettings, revocations: revocations)
        self.readiness = ReadinessPolicy(requiresUpstream: settings.readyRequiresUpstream)
        self.upstreamProbe = UpstreamProbe(upstream: upstream)
        self.admission = ProxyAdmission(perProfile: settings.maxConcurrentPerProfile)
        if let url = settings.databaseURL {
            let logger = Logger(label: "omneo-id.database")
            let database = PostgresClient(configuration: url.clientConfiguration(maximumConnections: 16), backgroundLogger: logger)
            self.database = database
            self.profileLock = PostgresProfileLock(
                client: database, acquireTimeout: .milliseconds(Int64(settings.upstreamTimeout * 1000)), logger: logger)
            self.revocationStore = RevocationStore(
                list: revocations, client: database, schema: url.schema, timeout: .milliseconds(Int64(settings.upstreamTimeout * 1000)),
                metrics: revocationMetrics, logger: logger)
        } else {
            self.database = nil
            self.profileLock = LocalProfileLock()
            self.revocationStore = RevocationStore(list: revocations, metrics: revocationMetrics)
        }
        self.rateLimits = RateLimitMiddleware(
            settings: settings, metrics: metrics, database: database)
        self.locationMisses = LocationMissBudget(settings: settings, metrics: metrics)
        self.upstreamPools = settings.dataPlane ? try UpstreamPools(upstream: upstream) : nil
        self.revocationSync = RevocationSync(
            list: revocations, url: settings.databaseURL, metrics: revocationMetrics,
            logger: Logger(label: "omneo-id.revocations"))
    }

    /// Every route of the public listener.
    public func makeRouter() -> Router<GatewayRequestContext> {
        let router = Router(context: GatewayRequestContext.self)
        // Order matters: the access log sees the final response (CORS headers included);
        // CORS answers preflights before any check and wraps the error-to-response conversion
        // (the only one), so error answers carry its headers too; hygiene rejects unsafe targets;
        // the rate limits run before any handler or upstream call.
        router.add(middleware: RequestLogMiddleware(metrics: metrics, trustedProxies: settings.trustedProxies))
        if let cors = GatewayCORSMiddleware(settings.corsOrigins, allowedHeaders: settings.corsAllowedHeaders) {
            router.add(middleware: cors)
        }
        router.add(middleware: OmneoErrorMiddleware<GatewayRequestContext>())
        router.add(middleware: RequestHygieneMiddleware())
        if let rateLimits {
            router.add(middleware: rateLimits)
        }
        let guards = RouteGuards(
            verifier: verifier, locationsPublic: settings.locationsPublic,
            apiTokens: APITokenAuthenticationMiddleware(
                authenticator: APITokenAuthenticator(
                    mode: settings.authMode, upstream: upstream, refusedBudget: rateLimits?.tokenMintFailuresIP),
                trustedProxies: settings.trustedProxies),
            rateLimits: rateLimits)
        RouteTable.register(on: router, guards: guards, handler: routeHandlers())
        return router
    }

    /// What answers each route family of ``RouteTable`` (the switch is exhaustive: a declared
    /// family cannot be left without a handler).
    func routeHandlers() -> (RouteFamily) -> RouteHandler {
        let health = HealthRoutes(readiness: readiness, probe: upstreamProbe, revocationSync: revocationSync)
        let forwarder = Forwarder(
            upstream: upstream, maxBody: settings.maxBody, trustedProxies: settings.trustedProxies, publicURL: settings.publicURL)
        let minter = TokenMinter(issuer: issuer, upstream: upstream)
        let tokens = TokenRoutes(
            minter: minter, revoker: TokenRevoker(verifier: verifier, minter: minter, store: revocationStore), keyRing: keyRing)
        let profiles = ProfileProxyRoutes(forwarder: forwarder, policy: profilePolicy, admission: admission)
        let locations = LocationRoutes(
            verifier: verifier, upstream: upstream, settings: settings, cache: locationCache, flights: locationFlights,
            misses: locationMisses)
        let findOrCreate = FindOrCreateRoutes(upstream: upstream, maxBody: settings.maxBody, lock: profileLock)
        let openAPI = OpenAPIRoutes(locationsPublic: settings.locationsPublic, policy: profilePolicy.policy)
        return { family in
            switch family {
            case .jwks: .open(tokens.jwks)
            case .healthLive: .open(health.live)
            case .healthReady: .open(health.ready)
            case .openAPIDocument: .open(openAPI.serve)
            case .tokenMint: .open(tokens.mint)
            case .tokenRevoke: .open(tokens.revoke)
            case .findOrCreate: .idToken(findOrCreate.findOrCreate)
            case .profileMe, .profileMeRest: .profile(profiles.forward)
            case .locations, .location: .open(locations.respond)
            }
        }
    }

    /// The public listener on `settings.host:settings.port` (0 = ephemeral, reported through `onServerRunning`).
    public func makeApplication(
        logger: Logger, onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        if let warning = Self.exposureWarning(host: settings.host, trustedProxies: settings.trustedProxies) {
            logger.warning("\(warning)")
        }
        return Application(
            router: makeRouter(),
            server: OriginFormHTTP1Channel.builder(
                configuration: .init(idleTimeout: .seconds(Int64(settings.idleTimeout))),
                dataPlane: settings.dataPlane ? makeDataPlane(logger: logger) : nil),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: nil),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) },
            logger: logger
        )
    }
}

extension Gateway {
    /// Closes the data plane's upstream connections; call once the listeners have stopped.
    public func shutdown() async {
        await upstreamPools?.shutdown()
    }

    /// What the data plane serves in the channel pipeline (the same policy objects the router uses).
    func makeDataPlane(logger: Logger) -> DataPlaneDispatcher {
        DataPlaneDispatcher(
            locations: LocationHits(
                cache: settings.locationsCacheTTL > 0 ? locationCache : nil, verifier: verifier,
                isPublic: settings.locationsPublic, metrics: metrics),
            profiles: upstreamPools.map { pools in
                ProfileForwarding(
                    verifier: verifier, policy: profilePolicy, admission: admission, rateLimit: rateLimits?.profilesMe,
                    forwarder: Forwarder(
                        upstream: upstream, maxBody: settings.maxBody, trustedProxies: settings.trustedProxies,
                        publicURL: settings.publicURL),
                    pools: pools)
            },
            locationMisses: upstreamPools.map { pools in
                LocationMisses(
                    cache: settings.locationsCacheTTL > 0 ? locationCache : nil, flights: locationFlights, budget: locationMisses,
                    verifier: verifier, isPublic: settings.locationsPublic, ttl: settings.locationsCacheTTL, upstream: upstream,
                    pools: pools)
            },
            cors: GatewayCORSMiddleware(settings.corsOrigins, allowedHeaders: settings.corsAllowedHeaders),
            log: RequestLogMiddleware(metrics: metrics, trustedProxies: settings.trustedProxies),
            trustedProxies: settings.trustedProxies, logger: logger)
    }

    /// The start-up warning for a listener reachable from other hosts while no trusted
    /// proxies are set: behind a load balancer every client would then be the balancer,
    /// sharing one per-IP budget. `nil` for a loopback listener or when proxies are set.
    static func exposureWarning(host: String, trustedProxies: [CIDR]) -> String? {
        guard trustedProxies.isEmpty else { return nil }
        let loopback = host == "localhost" || [CIDR("127.0.0.0/8")!, CIDR("::1/128")!].contains { $0.contains(host) }
        if loopback { return nil }
        return "Listening on \(host) with OMNEO_ID_TRUSTED_PROXIES unset: behind a load balancer or proxy every client "
            + "has the proxy's address and shares its per-IP limits; set OMNEO_ID_TRUSTED_PROXIES to the proxies' CIDRs."
    }

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
