import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// `client.me` appearance calls against a live gateway and sandbox.
@Suite struct MeAttributesTests {
    @Test func readsAndUpdatesAppearanceByPassingTheAnswerBack() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient()
            var appearance = try await client.me.appearance()
            #expect(appearance.profileID == SandboxSeed.magentoProfileID)
            appearance["size_shoe"] = "11"
            let updated = try await client.me.updateAppearance(appearance)
            #expect(updated["size_shoe"] == "11")
            #expect(try await client.me.get().attributes.appearance?["size_shoe"] == "11")
        }
    }
}
