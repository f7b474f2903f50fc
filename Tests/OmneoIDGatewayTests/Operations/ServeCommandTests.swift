import AsyncHTTPClient
import Foundation
import OmneoTestSupport
import Testing

/// `omneo-id serve` as a process, with its embedded sandbox.
struct ServeCommandTests {
    @Test func anEphemeralSandboxPortStillReachesTheSandbox() async throws {
        let directory = NSTemporaryDirectory() + "omneo-id-serve-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let gateway = try await GatewayProcess(environment: [
            "OMNEO_ID_SANDBOX_PORT": "0", "OMNEO_ID_SANDBOX_DB": ":memory:", "OMNEO_ID_DATA_DIR": directory,
            "OMNEO_ID_LOCATIONS_PUBLIC": "true", "OMNEO_ID_LOG_LEVEL": "warning",
        ])
        let response = try await HTTPClient.shared.execute(
            HTTPClientRequest(url: "\(gateway.baseURL)/locations"), timeout: .seconds(60))
        let body = try await response.body.collect(upTo: 1 << 20)
        #expect(response.status.code == 200)
        let json = try JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any]
        #expect(((json?["data"] as? [Any])?.count ?? 0) > 0)
        #expect(await gateway.stop() == 0)
    }
}
