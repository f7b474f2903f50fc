import ArgumentParser
import AsyncHTTPClient
import Foundation
import Logging
import OmneoHTTP
import OmneoIDConfiguration
import OmneoIDGateway

/// `omneo-id token`: mints an ID token locally, for development, through the same code
/// path as `POST /auth/token` (the profile or identity is looked up upstream).
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Mint an ID token locally (development).",
        discussion: "With the embedded sandbox, the sandbox database is opened for the look-up."
    )

    @Option(name: .customLong("id"), help: "Omneo profile id, or an identifier with --id-handle.")
    var id: String?

    @Option(name: .customLong("id-handle"), help: "Identity handle for --id, e.g. magento_id.")
    var idHandle: String?

    @Flag(name: .customLong("anonymous"), help: "Mint an anonymous token.")
    var anonymous = false

    @OptionGroup var options: SettingsOptions

    func validate() throws {
        guard anonymous != (id != nil) else {
            throw ValidationError("Give either --id (with optional --id-handle) or --anonymous.")
        }
        if anonymous, idHandle != nil {
            throw ValidationError("--id-handle goes with --id, not --anonymous.")
        }
    }

    func run() async throws {
        let settings = try options.load()
        LogSetup.bootstrap(settings)
        if settings.upstream == .embeddedSandbox { try StartupChecks.dataDirectory(settings) }
        let client = Upstream.makeClient(timeout: .seconds(settings.upstreamTimeout))
        do {
            defer { Task { try? await client.shutdown() } }
            let minted = try await withUpstream(settings: settings, client: client) { upstream in
                let gateway = try await Gateway(settings: settings, upstream: upstream)
                return try await gateway.mintToken(id: anonymous ? nil : id, idHandle: idHandle)
            }
            print(minted.token)
            FileHandle.standardError.write(Data("expires at \(minted.expiresAt) (unix seconds)\n".utf8))
        } catch let error as SigningKeyError {
            throw CommandFailure.report(error.description, CommandFailure.invalid)
        } catch let error as OmneoHTTPError {
            throw CommandFailure.report(describe(error, upstream: settings.upstream), CommandFailure.failed)
        }
    }

    /// One line saying what was looked up, where, and what came back.
    private func describe(_ error: OmneoHTTPError, upstream: OmneoIDSettings.Upstream) -> String {
        let place: String
        switch upstream {
        case .embeddedSandbox: place = "the embedded sandbox"
        case .remote(let url, _): place = url
        }
        let subject =
            if let id, let idHandle { "identity \"\(id)\" with handle \"\(idHandle)\"" } else if let id {
                "profile id \"\(id)\""
            } else { "an anonymous token" }
        if error.status == .notFound, id != nil {
            return "no \(subject) at \(place) (404)"
        }
        return "minting for \(subject) at \(place) failed: \(error.status.code) \(error.body.message)"
    }

    /// Runs `body` against the configured upstream, or against the sandbox database
    /// served for the moment on an ephemeral port.
    private func withUpstream<T: Sendable>(
        settings: OmneoIDSettings, client: HTTPClient, _ body: (Upstream) async throws -> T
    ) async throws -> T {
        switch settings.upstream {
        case .remote(let url, let token):
            return try await body(
                Upstream(baseURL: url, serviceToken: token, timeout: .seconds(settings.upstreamTimeout), client: client))
        case .embeddedSandbox:
            var local = settings
            local.sandboxPort = 0
            let sandbox = try await EmbeddedSandbox.start(settings: local, quiet: true)
            return try await sandbox.whileRunning { baseURL in
                try await body(
                    Upstream(
                        baseURL: baseURL, serviceToken: sandbox.token, timeout: .seconds(settings.upstreamTimeout),
                        client: client))
            }
        }
    }
}
