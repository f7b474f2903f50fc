import Foundation
import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

/// `/profiles/{id}/aggregations[/calculate]` (`omneo-sdk` `src/types/profile/aggregations.ts`),
/// derived from the profile's transactions.
@Suite struct ProfileAggregationsTests {
    let profile = SandboxSeed.profileIDs[0]

    @Test(arguments: SandboxHarness.stores)
    func aggregationsFollowTheProfilesTransactions(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let transactions = try await sandbox.request(.GET, "/profiles/\(profile)/transactions?page[size]=100")
                .decode(PageEnvelope<Transaction>.self).data.filter { !$0.isVoid }
            let purchases = transactions.filter { $0.total > 0 }
            let response = try await sandbox.request(.GET, "/profiles/\(profile)/aggregations")
            #expect(response.status == 200, "\(response.text)")
            let object = try JSONSerialization.jsonObject(with: response.body) as? [String: Any]
            let data = try #require(object?["data"] as? [String: Any])
            for key in ["profile_id", "shop_days", "spend_12m", "spend_all", "dimension_frequency", "channel"] {
                #expect(data.keys.contains(key), "\(key)")
            }
            let before = try response.decode(DataEnvelope<ProfileAggregations>.self).data
            #expect(before.profileID == profile)
            #expect(before.shopCount == purchases.count)
            let spend = transactions.reduce(0) { $0 + $1.total }
            #expect(abs((before.spendAll ?? -1) - spend) < 0.01)

            let json = #"""
                {"profile_id":"\#(profile)","total":80,"total_original":100,"timezone":"UTC","transacted_at":"\#(justNow())",
                 "order_number":"WEB-AGG-1","items":[{"name":"Scarf","price_current":80,"price_sell":80,"quantity":1}]}
                """#
            #expect(try await sandbox.request(.POST, "/transactions", json: json).status == 201)
            let after = try await sandbox.request(.GET, "/profiles/\(profile)/aggregations/calculate")
                .decode(DataEnvelope<ProfileAggregations>.self).data
            #expect(after.shopCount == purchases.count + 1)
            #expect(abs((after.spendAll ?? -1) - (spend + 80)) < 0.01)
            #expect(after.latestShopSpend == 80 && after.latestShopDays == 0 && after.dimensionRecency == "RC")
            #expect(after.channel == "CO" || after.channel == "CM")
            #expect(try await sandbox.request(.GET, "/profiles/no-such-profile/aggregations").status == 404)
        }
    }

    /// `YYYY-MM-DD HH:MM:SS` (UTC) five seconds ago: a purchase today, never in the future (a
    /// fixed time of day was in the future before it, and failed the test after midnight).
    private func justNow() -> String {
        String(ISO8601DateFormatter().string(from: Date().addingTimeInterval(-5)).prefix(19))
            .replacingOccurrences(of: "T", with: " ")
    }
}
