import ArgumentParser
import Foundation
import OmneoIDConfiguration
import OmneoIDGateway

/// `omneo-id check`: validates what `serve` would start with, without starting it — the
/// settings, the keys file, and that the upstream is reachable and accepts the service token
/// (`GET /auth/verify` → 200). Exit 0 when all hold, 1 when the upstream fails, 2 when the
/// configuration or the keys file is invalid (`CommandFailure`).
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the configuration, the keys file and the upstream (reachable, accepts the service token).",
        discussion: "Run it before deploying: exit 0 when serve would start and reach its upstream, 1 when the "
            + "upstream is unreachable or refuses the service token, 2 when a setting or the keys file is invalid."
    )

    @OptionGroup var options: SettingsOptions

    func run() async throws {
        let settings = try options.load()
        print("ok: configuration")
        try checkKeys(settings)
        try await checkUpstream(settings)
    }

    private func checkKeys(_ settings: OmneoIDSettings) throws {
        guard FileManager.default.fileExists(atPath: settings.keysFile) else {
            print("ok: keys file \(settings.keysFile) does not exist yet; serve creates it (with several replicas, "
                + "generate it once and share it: docs/OPERATIONS.md)")
            return
        }
        let keys = try KeysCommand.perform {
            try SigningKeyFile(path: settings.keysFile).load(algorithm: settings.tokenAlgorithm)
        }
        print("ok: keys file \(settings.keysFile): \(keys.keys.count) \(settings.tokenAlgorithm.rawValue) key(s), "
            + "signing with \(keys.activeKey.kid)")
    }

    private func checkUpstream(_ settings: OmneoIDSettings) async throws {
        guard case .remote(let url, let token) = settings.upstream else {
            print("ok: upstream is the embedded sandbox (nothing to reach)")
            return
        }
        let client = Upstream.makeClient(timeout: .seconds(settings.upstreamTimeout))
        let status: Int
        do {
            let upstream = try Upstream(
                baseURL: url, serviceToken: token, timeout: .seconds(settings.upstreamTimeout), client: client
            ).withoutFailureLog
            status = Int(try await upstream.json(.GET, "/auth/verify").status.code)
            try? await client.shutdown()
        } catch UpstreamError.refusedCredentials {
            try? await client.shutdown()
            throw CommandFailure.report(
                "upstream \(url) refuses the service token (GET /auth/verify → 401 or 403; OMNEO_ID_UPSTREAM_TOKEN)",
                CommandFailure.failed)
        } catch {
            try? await client.shutdown()
            let reason =
                switch error as? UpstreamError {
                case .timeout: "no answer within \(settings.upstreamTimeout) s (OMNEO_ID_UPSTREAM_TIMEOUT)"
                case .badResponse: "the answer was not usable"
                default: "no connection"
                }
            throw CommandFailure.report("upstream \(url) cannot be reached: \(reason)", CommandFailure.failed)
        }
        switch status {
        case 200:
            print("ok: upstream \(url) is reachable and accepts the service token")
        case 401, 403:
            throw CommandFailure.report(
                "upstream \(url) refuses the service token (GET /auth/verify → \(status); OMNEO_ID_UPSTREAM_TOKEN)",
                CommandFailure.failed)
        default:
            throw CommandFailure.report(
                "upstream \(url) answered GET /auth/verify with \(status), not 200 (is the URL the /api/v3 base?)",
                CommandFailure.failed)
        }
    }
}
