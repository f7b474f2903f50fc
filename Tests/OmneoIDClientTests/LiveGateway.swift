import Foundation
import OmneoIDClient
import OmneoIDConfiguration
import OmneoModels
import OmneoSandbox
import OmneoTestSupport

/// A sandbox and a gateway in front of it, both on real ephemeral ports, for one test.
/// The sandbox's API token is the gateway's API token (upstream auth mode).
struct LiveGateway: Sendable {
    let sandbox: SandboxHarness
    let gateway: GatewayHarness

    /// `http://127.0.0.1:PORT/id/api/v1`.
    var baseURL: URL { URL(string: gateway.baseURL)! }
    var apiToken: String { sandbox.apiToken }

    /// A server client with the right API token.
    var server: OmneoIDServerClient { OmneoIDServerClient(baseURL: baseURL, apiToken: apiToken) }

    static func with(
        configure: @escaping @Sendable (inout OmneoIDSettings) -> Void = { _ in },
        _ body: (LiveGateway) async throws -> Void
    ) async throws {
        try await SandboxHarness.with { sandbox in
            let gateway = try await GatewayHarness(
                upstreamURL: sandbox.baseURL, upstreamToken: sandbox.apiToken, configure: configure)
            do {
                try await body(LiveGateway(sandbox: sandbox, gateway: gateway))
            } catch {
                await gateway.stop()
                throw error
            }
            await gateway.stop()
        }
    }

    /// An app client whose refresh closure mints for `profileID` and counts its calls.
    func appClient(
        for profileID: String = SandboxSeed.magentoProfileID, token: IDToken? = nil, refreshMargin: TimeInterval = 60
    ) -> (OmneoIDClient, RefreshCounter) {
        let counter = RefreshCounter()
        let server = self.server
        let client = OmneoIDClient(baseURL: baseURL, token: token, refreshMargin: refreshMargin) {
            await counter.increment()
            return try await server.mintToken(profileID: profileID)
        }
        return (client, counter)
    }
}

/// Counts refreshes.
actor RefreshCounter {
    private(set) var count = 0

    func increment() {
        count += 1
    }
}

/// The error `body` throws, as an ``OmneoIDError`` (nil when it throws none or another kind).
func omneoError(_ body: () async throws -> Void) async -> OmneoIDError? {
    do {
        try await body()
        return nil
    } catch let error as OmneoIDError {
        return error
    } catch {
        return nil
    }
}
