import Foundation
import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

/// `GET /profiles/{id}/balances` (`omneo-sdk` `src/types/profile/balances.ts`).
@Suite struct BalanceTests {
    @Test(arguments: SandboxHarness.stores)
    func balancesAreNumbersDerivedFromTheProfilesPointsAndRewards(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let profile = SandboxSeed.profileIDs[0]
            let response = try await sandbox.request(.GET, "/profiles/\(profile)/balances")
            #expect(response.status == 200)
            let data = try #require(try response.object()["data"] as? [String: Any])
            for key in [
                "reward_balance", "point_balance", "point_balance_dollars", "benefit_balance", "combined_balance_dollars",
            ] {
                #expect(data[key] is NSNumber, "\(key) is a number")
            }
            let balances = try response.decode(DataEnvelope<ProfileBalances>.self).data
            #expect(balances.pointBalance == 1250)
            #expect(balances.pointBalanceDollars == 12.5)
            #expect(balances.rewardBalance == 20)
            #expect(balances.combinedBalanceDollars == 32.5)
            let embedded = try await sandbox.request(.GET, "/profiles/\(profile)").decode(DataEnvelope<Profile>.self)
            #expect(embedded.data.pointBalance == 1250)
            #expect(try await sandbox.request(.GET, "/profiles/nobody/balances").status == 404)
        }
    }
}
