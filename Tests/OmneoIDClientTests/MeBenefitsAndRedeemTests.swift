import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// The client's benefit and redeem calls through the gateway under the default profile
/// policy: the seeded shopper's benefits, and `me.redeem(amount:)` changing the balances.
@Suite struct MeBenefitsAndRedeemTests {
    @Test func theSeededShoppersBenefitsAndWhatTheDefaultPolicyRefuses() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient()
            let benefits = try await client.me.benefits()
            #expect(benefits.meta.total == 2)
            #expect(benefits.data.map { $0.definition?.handle } == ["free-coffee", "birthday-discount"])
            let coffees = try await client.me.benefits(definitionID: 1)
            #expect(coffees.data.count == 1)
            let coffee = try await client.me.benefit(try #require(coffees.data.first).id)
            #expect(coffee.redemptionsRemaining == 2 && coffee.isRedeemable)
            let redeemable = try await client.me.redeemableBenefits()
            #expect(redeemable.data.map(\.id) == [coffee.id])
            let claimable = try await client.me.claimableBenefits()
            #expect(claimable.map(\.handle) == ["styling-night"])
            #expect(try await client.me.viewableBenefits().count == 3)

            let update = await omneoError { try await client.me.updateBenefit(coffee.id, BenefitFields(externalID: "x")) }
            #expect(update?.status == 403)
            let delete = await omneoError { try await client.me.deleteBenefit(coffee.id) }
            #expect(delete?.status == 403)
            let claim = await omneoError { _ = try await client.me.claimBenefit(BenefitClaim(definition: "styling-night")) }
            #expect(claim?.status == 403)
            #expect(try await client.me.benefit(coffee.id).externalID == nil)
        }
    }

    @Test func redeemingAnAmountLowersTheBalances() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient()
            let before = try await client.me.balances()
            #expect(before.combinedBalanceDollars == 32.5)
            let redeem = try await client.me.redeem(amount: 5)
            #expect(redeem.total == 5)
            #expect(redeem.profileID == SandboxSeed.magentoProfileID)
            #expect(redeem.balances?.rewardBalance == 15)
            #expect(redeem.balances?.combinedBalanceDollars == 27.5)
            #expect(try await client.me.balances() == redeem.balances)
            let tooMuch = await omneoError { _ = try await client.me.redeem(amount: 1000) }
            #expect(tooMuch?.status == 422)
            #expect(tooMuch?.errors["amount"] != nil)
        }
    }
}
