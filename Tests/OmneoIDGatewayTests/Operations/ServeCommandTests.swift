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

extension ServeCommandTests {
    /// At the most verbose level, with every kind of request made, the process's whole output
    /// holds no token, key or e-mail address.
    @Test func evenTraceLogsHoldNoSecretsOrEmailAddresses() async throws {
        try await SandboxHarness.with { sandbox in
            let directory = NSTemporaryDirectory() + "omneo-id-serve-\(UUID().uuidString)"
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let gateway = try await GatewayProcess(environment: [
                "OMNEO_ID_UPSTREAM_URL": sandbox.baseURL, "OMNEO_ID_UPSTREAM_TOKEN": sandbox.apiToken,
                "OMNEO_ID_DATA_DIR": directory, "OMNEO_ID_LOG_LEVEL": "trace",
            ])
            let email = "Trace.Secret.\(UUID().uuidString.prefix(8))@example.com"
            var mint = HTTPClientRequest(url: "\(gateway.baseURL)/auth/token")
            mint.method = .POST
            mint.headers.add(name: "Authorization", value: "Bearer \(sandbox.apiToken)")
            mint.body = .bytes(.init(string: #"{"id":"1004993MH","id_handle":"magento_id"}"#))
            let minted = try await HTTPClient.shared.execute(mint, timeout: .seconds(60))
            let grant = try JSONSerialization.jsonObject(
                with: Data(buffer: try await minted.body.collect(upTo: 1 << 20))) as? [String: Any]
            let token = try #require((grant?["data"] as? [String: Any])?["token"] as? String)
            for (method, path, body) in [
                ("GET", "/profiles/me", nil), ("GET", "/locations", nil),
                ("POST", "/profiles", #"{"email":"\#(email)","mobile_phone":"+61400000077"}"#),
            ] {
                var request = HTTPClientRequest(url: gateway.baseURL + path)
                request.method = .init(rawValue: method)
                request.headers.add(name: "Authorization", value: "Bearer \(token)")
                if let body { request.body = .bytes(.init(string: body)) }
                let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
                _ = try await response.body.collect(upTo: 1 << 20)
                #expect(response.status.code == 200, "\(method) \(path)")
            }
            #expect(await gateway.stop() == 0)
            let output = gateway.output
            #expect(output.contains("Omneo ID gateway"))
            #expect(output.contains("trace") || output.contains("debug"))
            for secret in [sandbox.apiToken, token, String(token.split(separator: ".")[2]), email, email.lowercased()] {
                #expect(!output.contains(secret), "the output holds \(secret.prefix(12))…")
            }
            let keys = try String(contentsOfFile: directory + "/keys.jwks.json", encoding: .utf8)
            let privateParts = try #require(
                (try JSONSerialization.jsonObject(with: Data(keys.utf8)) as? [String: Any])?["keys"] as? [[String: Any]])
            for key in privateParts {
                if let d = key["d"] as? String { #expect(!output.contains(d)) }
            }
        }
    }
}
