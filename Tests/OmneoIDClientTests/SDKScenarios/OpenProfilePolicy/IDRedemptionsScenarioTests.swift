import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// Omneo's own ID scenarios for redemptions (`omneo/omneo-sdk`
/// `src/tests/integration/id/profile/redemptions/*.test.ts`), one test per file: each claims
/// and redeems a benefit (`claim-redeem`, a write the default profile policy refuses, so they
/// run with `OMNEO_ID_PROFILE_POLICY=open`), then reads the redemptions through the gateway.
@Suite struct IDRedemptionsScenarioTests {
    /// The scenarios' fixture: a claimable, reclaimable definition, claimed and redeemed.
    func claimRedeem(_ live: LiveGateway, _ client: OmneoIDClient, _ name: String) async throws
        -> (definitionID: Int, redemption: Redemption)
    {
        let fixtures = BenefitScenarioFixtures(live: live)
        let (definition, _, handle) = try await fixtures.createClaimableDefinition(name)
        let redemption = try await client.me.claimAndRedeemBenefit(
            BenefitClaim(definition: handle, timezone: "Australia/Melbourne"))
        return (definition.id, redemption)
    }

    func cleanUp(_ live: LiveGateway, _ definitionID: Int, _ redemption: Redemption) async throws {
        try await BenefitScenarioFixtures(live: live).cleanUp(
            benefitIDs: redemption.items.compactMap(\.benefit?.id), definitionIDs: [definitionID])
    }

    /// `id-list-profile-redemptions.test.ts` (with `page[size]=999`, as the SDK asks).
    @Test func idListProfileRedemptions() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let (client, _) = live.appClient()
            let (definitionID, created) = try await claimRedeem(
                live, client, "sdk_unit_test_id_profile_redemption_list")
            let redemptions = try await client.me.redemptions(pageSize: 999).data
            let target = redemptions.first { $0.id == created.id }
            #expect(target != nil)
            #expect(target?.profileID == SandboxSeed.magentoProfileID)
            try await cleanUp(live, definitionID, created)
        }
    }

    /// `id-get-profile-redemption.test.ts`
    @Test func idGetProfileRedemption() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let (client, _) = live.appClient()
            let (definitionID, created) = try await claimRedeem(
                live, client, "sdk_unit_test_id_profile_redemption_get")
            let redemption = try await client.me.redemption(created.id)
            #expect(redemption.id == created.id)
            #expect(redemption.profileID == SandboxSeed.magentoProfileID)
            #expect(redemption.items.count > 0)
            try await cleanUp(live, definitionID, created)
        }
    }

    /// `id-count-profile-redemptions.test.ts`
    @Test func idCountProfileRedemptions() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let (client, _) = live.appClient()
            let (definitionID, created) = try await claimRedeem(
                live, client, "sdk_unit_test_id_profile_redemption_count")
            let benefitItem = created.items.first { $0.type == "benefit" && $0.benefit != nil }
            let benefitID = try #require(benefitItem?.benefit?.id)
            #expect(try await client.me.redemptionCount(type: "benefit", id: benefitID) >= 1)
            try await cleanUp(live, definitionID, created)
        }
    }
}
