import ArgumentParser
import Logging
import OmneoIDConfiguration
import OmneoSandbox
import ServiceLifecycle

/// `omneo-id sandbox`: the Omneo-compatible sandbox alone, on 127.0.0.1:`OMNEO_ID_SANDBOX_PORT`.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Run the Omneo API v3 sandbox alone (127.0.0.1, OMNEO_ID_SANDBOX_PORT)."
    )

    @OptionGroup var options: SettingsOptions

    func run() async throws {
        let settings = try options.load()
        LogSetup.bootstrap(settings)
        let logger = Logger(label: "omneo-id.sandbox")
        let sandbox = try await EmbeddedSandbox.start(settings: settings)
        let group = ServiceGroup(
            configuration: .init(services: [sandbox.application], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }
}

/// The sandbox as `serve` and `sandbox` start it: database and token from the settings.
struct EmbeddedSandbox {
    let application: any Service
    let baseURL: String
    let token: String

    static func start(settings: OmneoIDSettings) async throws -> EmbeddedSandbox {
        let token = settings.sandboxToken ?? SandboxToken.random()
        let database: SandboxConfiguration.Database =
            settings.sandboxDatabase == ":memory:" ? .memory : .file(path: settings.sandboxDatabase)
        let logger = Logger(label: "omneo-id.sandbox")
        let sandbox: Sandbox
        do {
            sandbox = try await Sandbox(configuration: .init(database: database, apiToken: token), logger: logger)
        } catch {
            Console.print("omneo-id: cannot open the sandbox database \(settings.sandboxDatabase): \(error)")
            throw ExitCode.failure
        }
        let baseURL = "http://127.0.0.1:\(settings.sandboxPort)/api/v3"
        let application = sandbox.makeApplication(host: "127.0.0.1", port: settings.sandboxPort, logger: logger) { port in
            Console.print("Sandbox (Omneo API v3): http://127.0.0.1:\(port)/api/v3")
            if settings.sandboxToken == nil {
                Console.print("Sandbox API token: \(token)")
            }
        }
        return EmbeddedSandbox(application: application, baseURL: baseURL, token: token)
    }
}

/// A new random sandbox API token.
enum SandboxToken {
    static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        return "sbx_" + String((0..<32).map { _ in alphabet.randomElement(using: &generator)! })
    }
}
