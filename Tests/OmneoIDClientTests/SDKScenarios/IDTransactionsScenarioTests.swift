import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// Omneo's own ID scenarios for transactions (`omneo/omneo-sdk`
/// `src/tests/integration/id/profile/transactions/id-transactions.test.ts` and
/// `src/tests/integration/id/profile/products/id-list-transaction-products.test.ts`): the
/// same fixtures through the sandbox's admin API, the same ID calls through the gateway,
/// the same assertions.
@Suite struct IDTransactionsScenarioTests {
    /// `id-transactions.test.ts`: a transaction with a profile and an external id, found by
    /// that id through the profile's token; the profile's orders are a non-empty array.
    @Test func idTransactions() async throws {
        try await LiveGateway.with { live in
            let all = try await live.sandbox.request(.GET, "/transactions").decode(PageEnvelope<Transaction>.self).data
            let transaction = try #require(all.first { $0.profileID != nil && $0.externalID != nil })
            let (client, _) = live.appClient(for: try #require(transaction.profileID))

            let found = try await client.me.findTransaction(.externalID, try #require(transaction.externalID))
            #expect(found?.id == transaction.id)

            let grouped = try await client.me.send(method: .get, path: "group_transactions")
            let object = try JSONSerialization.jsonObject(with: grouped.body) as? [String: Any]
            let data = try #require(object?["data"] as? [Any], "Array.isArray(groupedTrans)")
            #expect(data.count >= 1)
            #expect(try await client.me.groupedTransactions().count == data.count)
        }
    }

    /// `id-list-transaction-products.test.ts`: a transaction created for the test profile
    /// with one product variant shows that variant among the profile's transaction products
    /// since a second before; the fixture is deleted afterwards (204).
    @Test func idListTransactionProducts() async throws {
        try await LiveGateway.with { live in
            let profileID = SandboxSeed.magentoProfileID
            let variantID = 77_001
            let (client, _) = live.appClient(for: profileID)
            let now = Self.timestamp(Date())
            let previous = Self.timestamp(Date(timeIntervalSinceNow: -1))
            let payload = """
                {"profile_id":"\(profileID)","total":49.99,"timezone":"UTC","transacted_at":"\(now)","location_id":"1",
                 "items":[{"product_variant_id":\(variantID),"name":"Profile Transaction products list items",
                   "price_current":49.99,"price_sell":49.99,"quantity":1}]}
                """
            let created = try await live.sandbox.request(.POST, "/transactions", json: payload)
            #expect(created.status == 201, "\(created.text)")
            let transactionID = try created.decode(DataEnvelope<Transaction>.self).data.id

            let products = try await client.me.transactionProducts(transactedSince: previous)
            #expect(products.count > 0)
            #expect(products.map(\.id).contains(variantID))

            #expect(try await live.sandbox.request(.DELETE, "/transactions/\(transactionID)").status == 204)
        }
    }

    /// `YYYY-MM-DD HH:MM:SS` in UTC, as the SDK's test writes `new Date().toISOString()`.
    static func timestamp(_ date: Date) -> String {
        String(ISO8601DateFormatter().string(from: date).replacingOccurrences(of: "T", with: " ").prefix(19))
    }
}
