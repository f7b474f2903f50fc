import Foundation
import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

/// `POST /profiles/{id}/redeem` (`omneo-sdk` `src/types/profile/redeem.ts`) and the balances
/// it changes, computed from the profile's rewards, points and benefits.
@Suite struct RedeemTests {
    let profile = SandboxSeed.profileIDs[0]

    func balances(_ sandbox: SandboxHarness) async throws -> ProfileBalances {
        try await sandbox.request(.GET, "/profiles/\(profile)/balances").decode(DataEnvelope<ProfileBalances>.self).data
    }

    @Test(arguments: SandboxHarness.stores)
    func redeemingSpendsRewardsThenPointsAndTheBalancesFollow(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let before = try await balances(sandbox)
            #expect(before.rewardBalance == 20 && before.pointBalance == 1250 && before.combinedBalanceDollars == 32.5)
            #expect(before.benefitBalance == 1)  // the free coffee; the birthday discount is used up

            let response = try await sandbox.request(.POST, "/profiles/\(profile)/redeem", json: #"{"amount":25}"#)
            #expect(response.status == 201, "\(response.text)")
            let redeem = try response.decode(DataEnvelope<ProfileRedeem>.self).data
            #expect(redeem.id > 0 && redeem.profileID == profile && redeem.total == 25)
            #expect(redeem.balances?.rewardBalance == 0)
            #expect(redeem.balances?.pointBalance == 750)
            #expect(redeem.balances?.combinedBalanceDollars == 7.5)
            #expect(try await balances(sandbox) == redeem.balances)
            let embedded = try await sandbox.request(.GET, "/profiles/\(profile)").decode(DataEnvelope<Profile>.self).data
            #expect(embedded.rewardBalance == 0 && embedded.pointBalance == 750)
            let rewards = try await sandbox.request(.GET, "/profiles/\(profile)/rewards").decode(PageEnvelope<Reward>.self)
            #expect(rewards.data.allSatisfy { $0.valueRemaining == 0 })

            let tooMuch = try await sandbox.request(.POST, "/profiles/\(profile)/redeem", json: #"{"amount":8}"#)
            #expect(tooMuch.status == 422)
            #expect(tooMuch.text.contains("amount"))
            for body in [#"{}"#, #"{"amount":"x"}"#, #"{"amount":0}"#, #"{"amount":1,"profile_id":"x"}"#] {
                #expect(try await sandbox.request(.POST, "/profiles/\(profile)/redeem", json: body).status == 422)
            }
            #expect(try await balances(sandbox) == redeem.balances)
            #expect(try await sandbox.request(.POST, "/profiles/nobody/redeem", json: #"{"amount":1}"#).status == 404)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func redeemingABenefitLowersTheBenefitBalance(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let coffee = try #require(
                try await sandbox.request(.GET, "/profiles/\(profile)/redeemable_benefits")
                    .decode(PageEnvelope<Benefit>.self).data.first)
            for _ in 0..<2 {
                #expect(try await sandbox.request(.POST, "/profiles/\(profile)/benefits/\(coffee.id)/redeem").status == 200)
            }
            #expect(try await balances(sandbox).benefitBalance == 0)
        }
    }
}
