import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// Omneo's own ID scenario for balances (`omneo/omneo-sdk`
/// `src/tests/integration/id/profile/balances/id-balances.test.ts`) through the gateway.
@Suite struct IDBalancesScenarioTests {
    /// `id-balances.test.ts`: every balance is a number.
    @Test func idBalances() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient()
            let answer = try await client.me.send(method: .get, path: "balances")
            let object = try JSONSerialization.jsonObject(with: answer.body) as? [String: Any]
            let data = try #require(object?["data"] as? [String: Any])
            for key in [
                "reward_balance", "point_balance", "point_balance_dollars", "benefit_balance", "combined_balance_dollars",
            ] {
                #expect(data[key] is NSNumber, "typeof balances.\(key) is number")
            }
            let balances = try await client.me.balances()
            #expect(balances.combinedBalanceDollars == balances.rewardBalance + balances.pointBalanceDollars)
        }
    }
}
