import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// `OmneoIDServerClient` minting tokens from a live gateway.
@Suite struct ServerClientTests {
    @Test func mintsByProfileID() async throws {
        try await LiveGateway.with { live in
            let before = Date()
            let token = try await live.server.mintToken(profileID: SandboxSeed.magentoProfileID)
            let after = Date()
            #expect(token.token.split(separator: ".").count == 3)
            // Default TTL 3600 s; `exp` is whole seconds, so allow one second either side.
            #expect(token.expiresAt >= before.addingTimeInterval(3600 - 1))
            #expect(token.expiresAt <= after.addingTimeInterval(3600 + 1))
            let byType = try await live.server.mintToken(profileID: ProfileID(SandboxSeed.magentoProfileID)!)
            #expect(byType.token != token.token)
        }
    }

    @Test func mintsByIdentityAndUsesIt() async throws {
        try await LiveGateway.with { live in
            let token = try await live.server.mintToken(identifier: SandboxSeed.magentoIdentifier, handle: "magento_id")
            let client = OmneoIDClient(baseURL: live.baseURL, token: token) { Issue.record("no refresh expected"); return token }
            #expect(try await client.me.get().id.rawValue == SandboxSeed.magentoProfileID)
        }
    }

    @Test func mintsAnonymously() async throws {
        try await LiveGateway.with { live in
            let token = try await live.server.mintAnonymousToken()
            let client = OmneoIDClient(baseURL: live.baseURL, token: token) { token }
            // Enough for locations, not for a profile.
            #expect(try await client.locations.list().data.isEmpty == false)
            let error = await omneoError { _ = try await client.me.get() }
            #expect(error?.status == 404)
            #expect(error?.message == "Not Found.")
        }
    }

    @Test func aWrongAPITokenIs401() async throws {
        try await LiveGateway.with { live in
            let server = OmneoIDServerClient(baseURL: live.baseURL, apiToken: "wrong")
            let error = await omneoError { _ = try await server.mintAnonymousToken() }
            #expect(error?.status == 401)
            #expect(error?.message == "Unauthenticated.")
        }
    }

    @Test func unknownProfilesAre404() async throws {
        try await LiveGateway.with { live in
            let byID = await omneoError {
                _ = try await live.server.mintToken(profileID: "00000000-0000-0000-0000-000000000000")
            }
            #expect(byID?.status == 404)
            let byIdentity = await omneoError { _ = try await live.server.mintToken(identifier: "NOPE", handle: "magento_id") }
            #expect(byIdentity?.status == 404)
        }
    }

    @Test func emptyIDsAreRefusedWithoutAskingForAnAnonymousToken() async throws {
        let server = OmneoIDServerClient(
            baseURL: URL(string: "http://127.0.0.1:9/id/api/v1")!, apiToken: "x", transport: RecordingTransport())
        for error in [
            await omneoError { _ = try await server.mintToken(profileID: "") },
            await omneoError { _ = try await server.mintToken(identifier: "", handle: "magento_id") },
        ] {
            guard case .invalidRequest? = error else {
                Issue.record("expected invalidRequest, got \(String(describing: error))")
                continue
            }
        }
    }

    @Test func anUnreachableGatewayIsATransportError() async throws {
        // Port 9 (discard) on loopback: nothing listens there in the test environment.
        let server = OmneoIDServerClient(baseURL: URL(string: "http://127.0.0.1:9/id/api/v1")!, apiToken: "x")
        let error = await omneoError { _ = try await server.mintAnonymousToken() }
        guard case .transport? = error else {
            Issue.record("expected a transport error, got \(String(describing: error))")
            return
        }
        #expect(error?.status == nil)
    }
}
