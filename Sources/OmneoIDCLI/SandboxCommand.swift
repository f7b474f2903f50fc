import ArgumentParser
import Foundation
import Hummingbird
import Logging
import NIOCore
import NIOPosix
import OmneoIDConfiguration
import OmneoPostgres
import OmneoSandbox
import ServiceLifecycle

/// `omneo-id sandbox`: the Omneo-compatible sandbox alone, on 127.0.0.1:`OMNEO_ID_SANDBOX_PORT`.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Run the Omneo API v3 sandbox alone (127.0.0.1, OMNEO_ID_SANDBOX_PORT)."
    )

    @OptionGroup var options: SandboxOptions

    func run() async throws {
        let settings = try options.load()
        LogSetup.bootstrap(settings)
        let logger = Logger(label: "omneo-id.sandbox")
        try StartupChecks.dataDirectory(settings)
        try await StartupChecks.listenersCanBind([
            .init(name: "sandbox", setting: .sandboxPort, host: "127.0.0.1", port: settings.sandboxPort)
        ])
        let sandbox = try await EmbeddedSandbox.start(settings: settings)
        let group = ServiceGroup(
            configuration: .init(
                services: [.init(service: sandbox.application, serviceName: "sandbox")],
                gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }
}

/// The sandbox as `serve`, `sandbox` and `token` start it: database and token from the settings.
struct EmbeddedSandbox: Sendable {
    let sandbox: Sandbox
    let token: String
    let settings: OmneoIDSettings
    let logger: Logger

    /// The base URL when listening on `settings.sandboxPort`.
    var baseURL: String { "http://127.0.0.1:\(settings.sandboxPort)/api/v3" }

    /// Opens the sandbox database (migrating and seeding it when new).
    ///
    /// `sandboxPort` 0 is resolved here to a port that is free now, because the gateway needs
    /// the sandbox's URL before the listeners start.
    static func start(settings: OmneoIDSettings, quiet: Bool = false) async throws -> EmbeddedSandbox {
        var settings = settings
        if settings.sandboxPort == 0 {
            settings.sandboxPort = try await freeLoopbackPort()
        }
        let token = settings.sandboxToken ?? SandboxToken.random()
        let db = settings.sandboxDatabase
        let database: SandboxConfiguration.Database =
            db == ":memory:"
            ? .memory
            : PostgresURL.looksLikeOne(db) ? .postgres(url: db) : .file(path: db)
        do {
            let sandbox = try await Sandbox(
                configuration: .init(database: database, apiToken: token),
                logger: quiet ? Logger(label: "omneo-id.sandbox", factory: { _ in SwiftLogNoOpLogHandler() }) : Logger(label: "omneo-id.sandbox"))
            let logger = quiet ? Logger(label: "omneo-id.sandbox", factory: { _ in SwiftLogNoOpLogHandler() }) : Logger(label: "omneo-id.sandbox")
            return EmbeddedSandbox(sandbox: sandbox, token: token, settings: settings, logger: logger)
        } catch {
            throw CommandFailure.report(
                "cannot open the sandbox database \(database) (OMNEO_ID_SANDBOX_DB): \(error)", CommandFailure.invalid)
        }
    }

    /// The listener on 127.0.0.1:`settings.sandboxPort`, announcing its URL (and a generated token) when up.
    var application: some ApplicationProtocol {
        sandbox.makeApplication(host: "127.0.0.1", port: settings.sandboxPort, logger: logger) { [settings, token] port in
            Console.print("Sandbox (Omneo API v3): http://127.0.0.1:\(port)/api/v3")
            if settings.sandboxToken == nil {
                Console.print("Sandbox API token: \(token)")
            }
        }
    }

    /// Serves the sandbox on an ephemeral port while `body` runs, then stops it.
    func whileRunning<T: Sendable>(_ body: (String) async throws -> T) async throws -> T {
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let application = sandbox.makeApplication(host: "127.0.0.1", port: 0, logger: logger) { port in
            continuation.yield(port)
        }
        let task = Task { try await application.runService() }
        defer { task.cancel() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw ExitCode.failure }
        return try await body("http://127.0.0.1:\(port)/api/v3")
    }
}

/// A TCP port on 127.0.0.1 that nothing listens on at the moment (asked of the kernel).
/// (Never `wait()` here: Swift concurrency runs on these event loops, see main.swift.)
func freeLoopbackPort() async throws -> Int {
    let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
        .bind(host: "127.0.0.1", port: 0).get()
    let port = channel.localAddress?.port
    try? await channel.close()
    guard let port else { throw ExitCode.failure }
    return port
}

/// A new random sandbox API token.
enum SandboxToken {
    static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        return "sbx_" + String((0..<32).map { _ in alphabet.randomElement(using: &generator)! })
    }
}
