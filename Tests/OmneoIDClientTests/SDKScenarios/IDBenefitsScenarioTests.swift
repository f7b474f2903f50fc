import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// Omneo's own ID scenarios for benefits (`omneo/omneo-sdk`
/// `src/tests/integration/id/profile/benefits/*.test.ts`) that the default profile policy
/// allows: reading a benefit, redeeming it, and the claimable and viewable lists. The fixtures go
/// through the sandbox's admin API, the ID calls through the gateway.
@Suite struct IDBenefitsScenarioTests {
    /// `benefits.test.ts`, "ID SDK Get a profile benefit".
    @Test func idGetProfileBenefit() async throws {
        try await LiveGateway.with { live in
            let fixtures = BenefitScenarioFixtures(live: live)
            let (client, _) = live.appClient(for: fixtures.profileID)
            let definition = try await fixtures.createDefinition(
                #"{"name":"sdk_unit_test_profile_benefit_get","handle":"sdk_unit_test_profile_benefit_get","period":30,"is_extendable":true}"#
            )
            let benefit = try await fixtures.createBenefit(definitionID: definition.id)
            let fetched = try await client.me.benefit(benefit.id)
            #expect(fetched.id == benefit.id)
            #expect(fetched.definition?.id == definition.id)
            try await fixtures.cleanUp(benefitIDs: [benefit.id], definitionIDs: [definition.id])
        }
    }

    /// `benefits.test.ts`, "SDK Redeem a profile benefit": a benefit expiring tomorrow.
    @Test func idRedeemProfileBenefit() async throws {
        try await LiveGateway.with { live in
            let fixtures = BenefitScenarioFixtures(live: live)
            let (client, _) = live.appClient(for: fixtures.profileID)
            let definition = try await fixtures.createDefinition(
                #"{"name":"sdk_unit_test_profile_benefit_redeem","handle":"sdk_unit_test_profile_benefit_redeem","period":30,"is_extendable":true}"#
            )
            let benefit = try await fixtures.createBenefit(
                definitionID: definition.id, expiresAt: BenefitScenarioFixtures.tomorrow)
            let redeemed = try await client.me.redeemBenefit(benefit.id)
            #expect(redeemed.profileID == fixtures.profileID)
            #expect(redeemed.isRedeemable)  // no max_redemptions: unlimited
            try await fixtures.cleanUp(benefitIDs: [benefit.id], definitionIDs: [definition.id])
        }
    }

    /// `id-claimable-profile-benefits.test.ts`
    @Test func idClaimableProfileBenefits() async throws {
        try await LiveGateway.with { live in
            let fixtures = BenefitScenarioFixtures(live: live)
            let (client, _) = live.appClient(for: fixtures.profileID)
            let (definition, name, handle) = try await fixtures.createClaimableDefinition(
                "sdk_unit_test_id_profile_benefit_claimable", reclaimable: false)
            let raw = try await client.me.send(method: .get, path: "benefits/claimable")
            #expect(String(decoding: raw.body, as: UTF8.self).contains(#""id":"\#(definition.id)""#))
            let definitions = try await client.me.claimableBenefits()
            let target = definitions.first { $0.id == definition.id }
            #expect(target != nil)
            #expect(target?.handle == handle)
            #expect(target?.name == name)
            try await fixtures.cleanUp(benefitIDs: [], definitionIDs: [definition.id])
        }
    }

    /// `id-viewable-profile-benefits.test.ts`
    @Test func idViewableProfileBenefits() async throws {
        try await LiveGateway.with { live in
            let fixtures = BenefitScenarioFixtures(live: live)
            let (client, _) = live.appClient(for: fixtures.profileID)
            let (definition, _, handle) = try await fixtures.createClaimableDefinition(
                "sdk_unit_test_id_profile_benefit_viewable", reclaimable: false, claimPeriod: false)
            let definitions = try await client.me.viewableBenefits()
            #expect(definitions.contains { $0.handle == handle })
            try await fixtures.cleanUp(benefitIDs: [], definitionIDs: [definition.id])
        }
    }
}
