import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// Omneo's own ID scenarios for benefits (`omneo/omneo-sdk`
/// `src/tests/integration/id/profile/benefits/*.test.ts`) whose writes the default profile
/// policy refuses (updating, deleting and claiming benefits): they run with
/// `OMNEO_ID_PROFILE_POLICY=open`, as a tenant relying on Omneo's behaviour would.
@Suite struct IDBenefitWritesScenarioTests {
    /// `benefits.test.ts`, "SDK Update a profile benefit".
    @Test func idUpdateProfileBenefit() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let fixtures = BenefitScenarioFixtures(live: live)
            let (client, _) = live.appClient(for: fixtures.profileID)
            let definition = try await fixtures.createDefinition(
                #"{"name":"sdk_unit_test_profile_benefit_update","handle":"sdk_unit_test_profile_benefit_update","period":30,"is_extendable":true}"#
            )
            let benefit = try await fixtures.createBenefit(definitionID: definition.id)
            let updated = try await client.me.updateBenefit(benefit.id, BenefitFields(externalID: "a1b2c3d4e5"))
            #expect(updated.externalID == "a1b2c3d4e5")
            #expect(updated.id == benefit.id)
            try await fixtures.cleanUp(benefitIDs: [benefit.id], definitionIDs: [definition.id])
        }
    }

    /// `benefits.test.ts`, "SDK Delete a profile benefit": afterwards the admin API answers 404.
    @Test func idDeleteProfileBenefit() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let fixtures = BenefitScenarioFixtures(live: live)
            let (client, _) = live.appClient(for: fixtures.profileID)
            let definition = try await fixtures.createDefinition(
                #"{"name":"sdk_unit_test_profile_benefit_delete","handle":"sdk_unit_test_profile_benefit_delete","period":30,"is_extendable":true}"#
            )
            let benefit = try await fixtures.createBenefit(definitionID: definition.id)
            try await client.me.deleteBenefit(benefit.id)
            #expect(try await live.sandbox.request(.GET, "/benefits/\(benefit.id)").status == 404)
            try await fixtures.cleanUp(benefitIDs: [], definitionIDs: [definition.id])
        }
    }

    /// `id-claim-profile-benefit.test.ts`
    @Test func idClaimProfileBenefit() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let fixtures = BenefitScenarioFixtures(live: live)
            let (client, _) = live.appClient(for: fixtures.profileID)
            let (definition, _, handle) = try await fixtures.createClaimableDefinition(
                "id_sdk_unit_test_id_profile_benefit_claim")
            let benefit = try await client.me.claimBenefit(BenefitClaim(definition: handle, timezone: "Australia/Melbourne"))
            #expect(benefit.id > 0)
            #expect(benefit.profileID == fixtures.profileID)
            #expect(benefit.definition?.handle == handle)
            try await fixtures.cleanUp(benefitIDs: [benefit.id], definitionIDs: [definition.id])
        }
    }

    /// `id-claim-redeem-profile-benefit.test.ts`
    @Test func idClaimRedeemProfileBenefit() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let fixtures = BenefitScenarioFixtures(live: live)
            let (client, _) = live.appClient(for: fixtures.profileID)
            let (definition, name, handle) = try await fixtures.createClaimableDefinition(
                "id_sdk_unit_test_id_profile_benefit_claim_redeem")
            let redemption = try await client.me.claimAndRedeemBenefit(
                BenefitClaim(definition: handle, timezone: "Australia/Melbourne"))
            #expect(redemption.id > 0)
            #expect(redemption.profileID == fixtures.profileID)
            #expect(redemption.items.count > 0)
            #expect(redemption.items.first?.type == "benefit")
            let benefit = try #require(redemption.items.first?.benefit)
            #expect(benefit.profileID == fixtures.profileID)
            #expect(benefit.definition?.name == name)
            #expect(benefit.definition?.handle == handle)
            #expect(benefit.definition?.period == 30)
            try await fixtures.cleanUp(benefitIDs: redemption.items.compactMap(\.benefit?.id), definitionIDs: [definition.id])
        }
    }

    /// `id-redeemable-profile-benefits.test.ts`: a benefit claimed and redeemed, then the
    /// redeemable list filtered by its definition; without `max_redemptions` it stays redeemable.
    @Test func idRedeemableProfileBenefits() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let fixtures = BenefitScenarioFixtures(live: live)
            let (client, _) = live.appClient(for: fixtures.profileID)
            let (name, handle) = (
                "id_sdk_unit_test_id_profile_benefit_redeemable_name", "id_sdk_unit_test_id_profile_benefit_redeemable_handle"
            )
            let definition = try await fixtures.createDefinition(
                #"{"name":"\#(name)","handle":"\#(handle)","period":30,"is_published":true,"is_assignable":true,"is_claimable":true}"#
            )
            let redemption = try await client.me.claimAndRedeemBenefit(
                BenefitClaim(definition: handle, timezone: "Australia/Melbourne"))
            let benefits = try await client.me.redeemableBenefits(definitionID: definition.id).data
            let target = benefits.first { $0.definition?.handle == handle }
            #expect(target != nil)
            #expect(target?.profileID == fixtures.profileID)
            #expect(target?.definition?.name == name)
            #expect(target?.definition?.handle == handle)
            #expect(target?.definition?.period == 30)
            try await fixtures.cleanUp(benefitIDs: redemption.items.compactMap(\.benefit?.id), definitionIDs: [definition.id])
        }
    }
}
