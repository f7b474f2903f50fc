import AsyncHTTPClient
import Foundation
import Logging
import OmneoIDConfiguration
import OmneoSandbox
import OmneoTestSupport
import Testing

@testable import OmneoIDGateway

/// What the gateway logs: one access line per request, with the route template, and never
/// a token or an e-mail address.
@Suite struct AccessLogTests {
    @Test func oneLinePerRequestWithTheRouteTemplateAndNoSecrets() async throws {
        let store = CapturingLogHandler.Store()
        try await SandboxHarness.with { sandbox in
            let gateway = try await GatewayHarness(
                upstreamURL: sandbox.baseURL, upstreamToken: sandbox.apiToken, logger: CapturingLogHandler.logger(store))
            try await stopping(gateway) {
                let email = "log.check.\(UUID().uuidString.prefix(8).lowercased())@example.org"
                // 1. Mint a profile token with the tenant's API token (upstream auth mode).
                let minted = try await Operations.send(
                    .POST, gateway.baseURL + "/auth/token", token: sandbox.apiToken,
                    body: #"{"id":"1004993MH","id_handle":"magento_id"}"#)
                #expect(minted.status == 200)
                let json = try JSONSerialization.jsonObject(with: Data(minted.body.utf8)) as? [String: Any]
                let token = try #require((json?["data"] as? [String: Any])?["token"] as? String)
                // 2. Use it on the proxy, with the profile id nowhere in the gateway's path.
                let me = try await Operations.send(.GET, gateway.baseURL + "/profiles/me/identities?x=\(email)", token: token)
                #expect(me.status == 200)
                // 3. Find-or-create with an e-mail.
                let created = try await Operations.send(
                    .POST, gateway.baseURL + "/profiles", token: token,
                    body: #"{"email":"\#(email)","first_name":"Logan","attributes":{"comms":{"email_promo":true}}}"#)
                #expect(created.status == 200)

                let text = store.text
                #expect(!text.isEmpty)
                #expect(!text.contains(token), "the minted ID token was logged")
                #expect(!text.contains(String(token.split(separator: ".")[2])), "the token's signature was logged")
                #expect(!text.contains(sandbox.apiToken), "the API token was logged")
                #expect(!text.lowercased().contains(email), "the e-mail address was logged")
                #expect(!text.contains("@example.org"))
                #expect(!text.contains(SandboxSeed.magentoProfileID), "the profile id was logged")

                let accessLines = store.lines.withLock { $0 }.filter { $0.contains(" request ") }
                #expect(accessLines.count == 3)
                let expected = [
                    ("POST", "/id/api/v1/auth/token", "200"), ("GET", "/id/api/v1/profiles/me/**", "200"),
                    ("POST", "/id/api/v1/profiles", "200"),
                ]
                for ((method, route, status), line) in zip(expected, accessLines) {
                    #expect(line.contains("method=\(method)"), "\(line)")
                    #expect(line.contains("route=\(route) "), "\(line)")
                    #expect(line.contains("status=\(status)"), "\(line)")
                    #expect(line.contains("request_id="), "\(line)")
                    #expect(line.contains("duration_ms="), "\(line)")
                }
            }
        }
    }

    @Test func requestsThatNeverReachARouteAreLoggedToo() async throws {
        let store = CapturingLogHandler.Store()
        let upstream = try await RecordingUpstream()
        let gateway = try await GatewayHarness(upstreamURL: upstream.baseURL, logger: CapturingLogHandler.logger(store)) {
            $0.corsOrigins = .list(["https://shop.example.com"])
        }
        try await stopping(gateway, upstream) {
            let secretPath = "/id/api/v1/unknown/ann@example.com"
            #expect(try await Operations.send(.GET, "http://127.0.0.1:\(gateway.port)\(secretPath)").status == 404)
            let preflight = try await Operations.send(
                .OPTIONS, gateway.baseURL + "/auth/token",
                headers: [("Origin", "https://shop.example.com"), ("Access-Control-Request-Method", "POST")])
            #expect(preflight.status == 204)
            let lines = store.lines.withLock { $0 }.filter { $0.contains(" request ") }
            #expect(lines.count == 2)
            #expect(lines.first?.contains("route=NotFound ") == true)
            #expect(lines.last?.contains("route=/id/api/v1/auth/token ") == true)
            #expect(lines.last?.contains("method=OPTIONS") == true)
            #expect(!store.text.contains("ann@example.com"))
        }
    }
}
