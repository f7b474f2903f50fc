import Foundation
import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

/// `/transactions` and a profile's transactions, orders and products (`omneo-sdk`
/// `src/types/transaction.ts`, `src/types/profiles/transaction.ts`).
@Suite struct TransactionTests {
    let profile = SandboxSeed.profileIDs[0]
    let other = SandboxSeed.profileIDs[1]

    @Test(arguments: SandboxHarness.stores)
    func seededTransactionsAreTheProfilesLatestFirstWithItems(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let page = try await sandbox.request(.GET, "/profiles/\(profile)/transactions")
                .decode(PageEnvelope<Transaction>.self)
            #expect(page.meta.total == 3)
            let times = page.data.compactMap(\.transactedAt)
            #expect(times.count == 3 && times == times.sorted(by: >))
            #expect(page.data.allSatisfy { $0.profileID == profile && !$0.items.isEmpty })
            let sale = try #require(page.data.first { $0.externalID == "POS-1-0001" })
            #expect(sale.items.count == 2)
            #expect(abs(sale.total - sale.items.reduce(0) { $0 + ($1.priceSell ?? 0) * $1.quantity }) < 0.001)
            #expect(sale.items.allSatisfy { $0.transactionID == sale.id && $0.productVariantID != nil })

            let one = try await sandbox.request(.GET, "/profiles/\(profile)/transactions/\(sale.id)")
            #expect(try one.decode(DataEnvelope<Transaction>.self).data == sale)
            #expect(try await sandbox.request(.GET, "/profiles/\(other)/transactions/\(sale.id)").status == 404)
            #expect(try await sandbox.request(.GET, "/profiles/\(profile)/transactions/abc").status == 404)

            let all = try await sandbox.request(.GET, "/transactions?page[size]=100").decode(
                PageEnvelope<Transaction>.self)
            #expect(all.meta.total == 15)  // 6 profiles × 2, and a refund for every other one
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func findTransactionsMatchesAFilterWithinTheProfile(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let found = try await sandbox.request(.GET, "/profiles/\(profile)/find-transactions?filter[external_id]=WEB-1-0001")
            #expect(found.status == 200)
            #expect(try found.decode(DataEnvelope<Transaction>.self).data.externalID == "WEB-1-0001")
            // Another profile's transaction is not found; neither is an unknown value.
            #expect(
                try await sandbox.request(.GET, "/profiles/\(other)/find-transactions?filter[external_id]=WEB-1-0001")
                    .status == 404)
            #expect(
                try await sandbox.request(.GET, "/profiles/\(profile)/find-transactions?filter[external_id]=nope")
                    .status == 404)
            let unfiltered = try await sandbox.request(.GET, "/profiles/\(profile)/find-transactions")
            #expect(unfiltered.status == 422)
            let unknown = try await sandbox.request(.GET, "/profiles/\(profile)/find-transactions?filter[colour]=red")
            #expect(unknown.status == 422)
            #expect(unknown.text.contains("\"message\""))
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func ordersGroupTransactionsByOrderNumber(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let response = try await sandbox.request(.GET, "/profiles/\(profile)/group_transactions")
            #expect(response.status == 200)
            let object = try #require(try JSONSerialization.jsonObject(with: response.body) as? [String: Any])
            #expect(object["current_page"] as? Int == 1)
            #expect(object["total"] as? Int == 2)
            let orders = try JSONDecoder().decode(DataEnvelope<[GroupedTransaction]>.self, from: response.body).data
            #expect(orders.map(\.orderNumber) == ["SO-10000", "WEB-20000"])
            #expect(orders.map(\.numberTransactions) == [2, 1])
            #expect(orders[0].latestTransactedAt == "2026-02-03 10:00:00")
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func productsSumPurchasesAndRefundsSinceADate(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let all = try await sandbox.request(.GET, "/profiles/\(profile)/transaction-products")
                .decode(DataEnvelope<[TransactionProduct]>.self).data
            #expect(all.map(\.id) == [5011, 5041, 5021])
            #expect(all[0].count == 2 && all[0].purchaseQuantity == 1 && all[0].refundQuantity == 1)
            #expect(all[1].purchaseQuantity == 2)
            let sinceResponse = try await sandbox.request(
                .GET, "/profiles/\(profile)/transaction-products?filter[transacted_at]=2026-02-02")
            #expect(sinceResponse.status == 200, "\(sinceResponse.text)")
            let since = try sinceResponse.decode(DataEnvelope<[TransactionProduct]>.self).data
            #expect(since.map(\.id) == [5011, 5041])
            #expect(since[0].purchaseQuantity == 0 && since[0].refundQuantity == 1)
            let bad = try await sandbox.request(
                .GET, "/profiles/\(profile)/transaction-products?filter[transacted_at]=yesterday")
            #expect(bad.status == 422)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func transactionsAreCreatedValidatedAndDeleted(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let json = """
                {"profile_id":"\(other.uppercased())","total":49.99,"timezone":"UTC","transacted_at":"2030-01-01 10:00:00",
                 "location_id":"1","external_id":"SDK-1",
                 "items":[{"product_variant_id":9001,"name":"Fixture","price_current":49.99,"price_sell":49.99,"quantity":1}]}
                """
            let created = try await sandbox.request(.POST, "/transactions", json: json)
            #expect(created.status == 201, "\(created.text)")
            let transaction = try created.decode(DataEnvelope<Transaction>.self).data
            #expect(transaction.profileID == other)
            #expect(transaction.locationID == 1)
            #expect(transaction.items.map(\.productVariantID) == [9001])
            #expect(transaction.items.first?.transactionID == transaction.id)
            let products = try await sandbox.request(.GET, "/profiles/\(other)/transaction-products")
                .decode(DataEnvelope<[TransactionProduct]>.self).data
            #expect(products.first?.id == 9001)

            let invalid = try await sandbox.request(
                .POST, "/transactions",
                json: #"{"total":"x","transacted_at":"2030-01-01","items":[{"quantity":1}],"colour":"red"}"#)
            #expect(invalid.status == 422)
            for field in ["total", "transacted_at", "items.0.name", "colour"] {
                #expect(invalid.text.contains("\"\(field)\""), "\(field): \(invalid.text)")
            }
            let missing = try await sandbox.request(
                .POST, "/transactions",
                json: #"{"total":1,"transacted_at":"2030-01-01 00:00:00","profile_id":"00000000-0000-4000-8000-000000000000","location_id":999}"#)
            #expect(missing.status == 422)
            #expect(missing.text.contains("profile_id") && missing.text.contains("location_id"))
            #expect(try await sandbox.request(.POST, "/transactions", json: "[1]").status == 400)

            #expect(try await sandbox.request(.DELETE, "/transactions/\(transaction.id)").status == 204)
            #expect(try await sandbox.request(.GET, "/transactions/\(transaction.id)").status == 404)
            #expect(try await sandbox.request(.DELETE, "/transactions/\(transaction.id)").status == 404)
            let after = try await sandbox.request(.GET, "/profiles/\(other)/transaction-products")
                .decode(DataEnvelope<[TransactionProduct]>.self).data
            #expect(!after.contains { $0.id == 9001 })
        }
    }
}
