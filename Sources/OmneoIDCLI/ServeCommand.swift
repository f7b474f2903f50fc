import ArgumentParser
import Foundation
import Logging
import OmneoIDConfiguration
import OmneoIDGateway
import OmneoSandbox
import ServiceLifecycle

/// `omneo-id serve`: the gateway, with the embedded sandbox when no upstream is configured.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the gateway (and the embedded sandbox when OMNEO_ID_UPSTREAM_URL is unset)."
    )

    @OptionGroup var options: SettingsOptions

    func run() async throws {
        let settings = try options.load()
        LogSetup.bootstrap(settings)
        let logger = Logger(label: "omneo-id")
        try StartupChecks.dataDirectory(settings)
        var listeners: [StartupChecks.Listener] = [
            .init(name: "gateway", setting: .port, host: settings.host, port: settings.port),
            .init(name: "admin listener", setting: .adminPort, host: settings.adminHost, port: settings.adminPort),
        ]
        if settings.upstream == .embeddedSandbox {
            listeners.append(.init(name: "embedded sandbox", setting: .sandboxPort, host: "127.0.0.1", port: settings.sandboxPort))
        }
        try await StartupChecks.listenersCanBind(listeners)
        // One Prometheus registry for the process, behind swift-metrics; served by the admin listener.
        let admin = AdminServer()
        admin.bootstrapMetricsSystem()
        let client = Upstream.makeClient(timeout: .seconds(settings.upstreamTimeout))
        // Named explicitly: ServiceGroup would otherwise log each service's description, and
        // the default one of a struct shows every stored property (tokens included).
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = []
        let upstream: Upstream
        switch settings.upstream {
        case .embeddedSandbox:
            let sandbox = try await EmbeddedSandbox.start(settings: settings)
            services.append(.init(service: sandbox.application, serviceName: "sandbox"))
            upstream = try Upstream(
                baseURL: sandbox.baseURL, serviceToken: sandbox.token, timeout: .seconds(settings.upstreamTimeout),
                client: client)
        case .remote(let url, let token):
            upstream = try Upstream(baseURL: url, serviceToken: token, timeout: .seconds(settings.upstreamTimeout), client: client)
            Console.print("Upstream: \(url)")
        }
        let gateway: Gateway
        do {
            gateway = try await Gateway(settings: settings, upstream: upstream)
        } catch let error as ConfigurationError {
            // A setting only the gateway can check (the profile policy's rules file): exit 2 as for any other.
            try? await client.shutdown()
            throw CommandFailure.report(error.description, CommandFailure.invalid)
        } catch let error as SigningKeyError {
            try? await client.shutdown()
            throw CommandFailure.report(error.description, CommandFailure.invalid)
        }
        services.append(contentsOf: gateway.services)
        if let database = settings.databaseURL {
            Console.print("Find-or-create lock: PostgreSQL advisory locks on \(database)")
        }
        services.append(.init(service: KeyReloadService(gateway: gateway, logger: logger), serviceName: "key-reload"))
        let adminListener = admin.makeApplication(host: settings.adminHost, port: settings.adminPort, logger: logger) {
            port in
            Console.print("Omneo ID metrics: http://\(settings.adminHost):\(port)/metrics")
        }
        services.append(.init(service: adminListener, serviceName: "admin-listener"))
        let publicListener = gateway.makeApplication(logger: logger) { port in
            Console.print("Omneo ID gateway: http://\(settings.host):\(port)\(Gateway.basePath)")
        }
        services.append(.init(service: publicListener, serviceName: "gateway"))
        let group = ServiceGroup(
            configuration: .init(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        do {
            try await group.run()
        } catch {
            await gateway.shutdown()
            try? await client.shutdown()
            logger.critical("Stopped: \(String(describing: error))")
            throw ExitCode.failure
        }
        await gateway.shutdown()
        try await client.shutdown()
    }
}
