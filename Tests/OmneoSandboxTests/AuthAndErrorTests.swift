import Foundation
import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

@Suite struct AuthAndErrorTests {
    @Test(arguments: SandboxHarness.stores)
    func verifyAcceptsTheSandboxToken(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let response = try await sandbox.request(.GET, "/auth/verify")
            #expect(response.status == 200)
            #expect(response.header("content-type") == "application/json")
            let body = try response.object()
            #expect((body["data"] as? [String: Any])?["valid"] as? Bool == true)
        }
    }

    @Test(
        arguments: SandboxHarness.stores,
        [
            SandboxHarness.Auth.none, .header("Bearer wrong-token"), .header("Bearer sandbox-test-tokenX"),
            .header("Basic c2FuZGJveA=="), .header("Bearer"),
        ])
    func everyRouteRefusesAMissingOrWrongToken(store: SandboxStoreKind, auth: SandboxHarness.Auth) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            for path in ["/auth/verify", "/profiles", "/locations", "/profiles/\(SandboxSeed.magentoProfileID)"] {
                let response = try await sandbox.request(.GET, path, auth: auth)
                #expect(response.status == 401, "\(path)")
                #expect(try response.decode(ErrorBody.self) == .unauthenticated)
            }
            let post = try await sandbox.request(.POST, "/profiles", json: #"{"first_name":"A"}"#, auth: auth)
            #expect(post.status == 401)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func unknownRoutesAndIdsAnswerJSON404(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            for path in [
                "/nothing-here", "/profiles/00000000-0000-4000-8000-000000000000", "/locations/99999",
                "/locations/not-a-number", "/profiles/\(SandboxSeed.magentoProfileID)/addresses/abc",
            ] {
                let response = try await sandbox.request(.GET, path)
                #expect(response.status == 404, "\(path)")
                #expect(try response.decode(ErrorBody.self) == .notFound, "\(path)")
            }
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func headIsAnsweredLikeGetWithoutABody(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let response = try await sandbox.request(.HEAD, "/locations")
            #expect(response.status == 200)
            #expect(response.body.isEmpty)
            #expect(try await sandbox.request(.HEAD, "/locations", auth: .none).status == 401)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func malformedJSONIsA400WithAJSONMessage(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            for body in ["{not json", "[1,2]", "\"text\""] {
                let response = try await sandbox.request(.POST, "/profiles", json: body)
                #expect(response.status == 400, "\(body)")
                #expect(try !response.decode(ErrorBody.self).message.isEmpty)
            }
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func badlyEncodedQueryIsA400(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            // Raw socket: an HTTP client would repair the encoding before sending it.
            let request =
                "GET /api/v3/profiles?filter%5Bemail%5D=%ZZ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer \(sandbox.apiToken)\r\nConnection: close\r\n\r\n"
            let response = try await RawHTTP.send(request, port: sandbox.port)
            #expect(response.status == 400)
            let body = try JSONDecoder().decode(ErrorBody.self, from: response.body)
            #expect(body.message.contains("query"))
        }
    }
}
