import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// Omneo's own ID scenario for aggregations (`omneo/omneo-sdk`
/// `src/id/resources/profile/aggregations/tests/id-aggregations.test.ts`): `list()` and
/// `calculate()` through the gateway answer the token's profile id and `shop_days`.
@Suite struct IDAggregationsScenarioTests {
    let profileID = SandboxSeed.magentoProfileID

    func expectAggregations(_ answer: Data) throws {
        let object = try JSONSerialization.jsonObject(with: answer) as? [String: Any]
        let data = try #require(object?["data"] as? [String: Any])
        #expect(data["profile_id"] as? String == profileID)
        #expect(data["shop_days"] is NSNumber)
    }

    /// `id-aggregations.test.ts`, "ID SDK can get aggregations"
    @Test func idGetAggregations() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            let answer = try await client.me.send(method: .get, path: "aggregations")
            #expect(answer.status == 200)
            try expectAggregations(answer.body)
            let typed = try await client.me.aggregations()
            #expect(typed.profileID == profileID && typed.shopDays != nil)
        }
    }

    /// `id-aggregations.test.ts`, "ID SDK can calculate aggregations"
    @Test func idCalculateAggregations() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            let answer = try await client.me.send(method: .get, path: "aggregations/calculate")
            #expect(answer.status == 200)
            try expectAggregations(answer.body)
            #expect(try await client.me.calculateAggregations().profileID == profileID)
        }
    }
}
