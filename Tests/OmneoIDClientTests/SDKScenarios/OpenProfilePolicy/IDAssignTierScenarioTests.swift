import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// Omneo's own ID scenario `src/tests/integration/id/profile/tiers/id-assign-profile-tier.test.ts`
/// (`omneo/omneo-sdk`): the shopper's token assigns the first existing tier definition and
/// the answer's `current_tier` is that definition. Assigning a tier is a write the default
/// profile policy refuses (tiers stay the retailer's): it runs with `OMNEO_ID_PROFILE_POLICY=open`.
@Suite struct IDAssignTierScenarioTests {
    @Test func idAssignProfileTier() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let (client, _) = live.appClient(for: SandboxSeed.magentoProfileID)
            let definitions = try await live.sandbox.request(.GET, "/tiers/definitions")
                .decode(PageEnvelope<TierDefinition>.self).data
            let definition = try #require(definitions.first)
            let result = try await client.me.assignTier(try #require(definition.handle))
            #expect(result.currentTier?.id == definition.id)
            #expect(result.currentTier?.name == definition.name)
            #expect(result.currentTier?.handle == definition.handle)
            #expect(result.currentTier?.description == definition.description)
            #expect(result.currentTier?.valueMin == definition.valueMin)
            #expect(result.currentTier?.valueMaintain == definition.valueMaintain)
            #expect(result.currentTier?.isAssignable == definition.isAssignable)
        }
    }

    /// Under the default policy the same call is refused and nothing is assigned.
    @Test func theDefaultPolicyRefusesAssigningATier() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: SandboxSeed.magentoProfileID)
            let error = await omneoError { _ = try await client.me.assignTier("gold") }
            #expect(error?.status == 403)
            let progress = try await client.me.tiers()
            #expect(progress.currentTier?.handle != "gold")
        }
    }
}
