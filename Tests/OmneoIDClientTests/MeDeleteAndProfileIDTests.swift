import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// `me.delete()` and `IDToken.profileID`, against a live gateway and sandbox.
@Suite struct MeDeleteAndProfileIDTests {
    @Test func aTokenNamesItsProfileAndAnAnonymousOneNone() async throws {
        try await LiveGateway.with { live in
            let token = try await live.server.mintToken(profileID: SandboxSeed.profileIDs[1])
            #expect(token.profileID?.rawValue == SandboxSeed.profileIDs[1])
            let byIdentity = try await live.server.mintToken(identifier: SandboxSeed.magentoIdentifier, handle: "magento_id")
            #expect(byIdentity.profileID?.rawValue == SandboxSeed.magentoProfileID)
            #expect(try await live.server.mintAnonymousToken().profileID == nil)
            #expect(IDToken(token: "not.a.jwt", expiresAt: .distantFuture).profileID == nil)
        }
    }

    /// Deleting the profile is a write the default profile policy refuses; a tenant allowing it runs `open`.
    @Test func deleteRemovesTheShoppersOwnProfileOnly() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let victim = SandboxSeed.profileIDs[2]
            let (client, _) = live.appClient(for: victim)
            #expect(try await client.me.get().id.rawValue == victim)
            try await client.me.delete()
            let gone = await omneoError { _ = try await client.me.get() }
            #expect(gone?.status == 404)
            #expect(try await live.sandbox.request(.GET, "/profiles/\(victim)").status == 404)
            #expect(try await live.sandbox.request(.GET, "/profiles/\(SandboxSeed.magentoProfileID)").status == 200)
        }
    }
}
