import Foundation
import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

/// Orders: the admin API `/orders` and a profile's `/profiles/{id}/orders[/{id}]`,
/// `…/group_orders` (`omneo-sdk` `src/types/orders.ts`, `src/types/profiles/order.ts`,
/// `src/id/resources/profile/orders`).
@Suite struct OrderTests {
    let ids = SandboxSeed.profileIDs

    @Test(arguments: SandboxHarness.stores)
    func eachProfileHasItsSeededOrderWithItsLine(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let response = try await sandbox.request(.GET, "/profiles/\(ids[0])/orders")
            #expect(response.status == 200, "\(response.text)")
            let page = try response.decode(PageEnvelope<Order>.self)
            #expect(page.meta.total == 1)
            let order = try #require(page.data.first)
            #expect(order.orderNumber == "WEB-ORD-1000")
            #expect(order.status == "processing")
            #expect(order.items.count == 1)
            #expect(order.items.first?.orderID == order.id)
            #expect(order.items.first?.line.productVariantID != nil)
            let raw = try #require((try response.object()["data"] as? [[String: Any]])?.first)
            #expect(raw.keys.contains("receipt_ref"))  // Laravel writes null columns too
            #expect(((raw["items"] as? [[String: Any]])?.first?["order_id"]) as? Int == order.id)

            #expect(try await sandbox.request(.GET, "/profiles/\(ids[1])/orders/\(order.id)").status == 404)
            #expect(try await sandbox.request(.GET, "/profiles/\(ids[0])/orders/\(order.id)").status == 200)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func anOrderIsCreatedFoundGroupedAndDeleted(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let body = """
                {"profile_id":"\(ids[2])","total":129.95,"external_id":"ext-42","order_number":"ON-42",
                 "transacted_at":"2026-01-04 00:00:00","timezone":"Australia/Melbourne","status":"pending",
                 "items":[{"name":"Boots","quantity":1,"price_sell":129.95,"product_variant_id":5501,
                  "product_variant":{"product_id":55,"sku":"BOOT-1","title":"Boots 42","category":"c","brand":"b",
                  "price":129.95}}]}
                """
            let created = try await sandbox.request(.POST, "/orders", json: body)
            #expect(created.status == 201, "\(created.text)")
            let order = try created.decode(DataEnvelope<Order>.self).data
            #expect(order.total == 129.95)
            #expect(order.items.first?.line.productID == 55)
            #expect(order.items.first?.line.productVariantID == 5501)
            #expect(order.items.first?.line.sku == "BOOT-1")

            let found = try await sandbox.request(.GET, "/profiles/\(ids[2])/orders?filter[external_id]=ext-42")
            #expect(try found.decode(PageEnvelope<Order>.self).data.map(\.id) == [order.id])

            let grouped = try await sandbox.request(.GET, "/profiles/\(ids[2])/group_orders")
            #expect(grouped.status == 200)
            let object = try grouped.object()
            #expect(object["current_page"] as? Int == 1)
            let groups = try #require(object["data"] as? [[String: Any]])
            let group = try #require(groups.first { $0["order_number"] as? String == "ON-42" })
            #expect(group["total"] as? Double == 129.95)
            #expect(((group["orders"] as? [[String: Any]])?.first?["external_id"]) as? String == "ext-42")

            #expect(try await sandbox.request(.DELETE, "/orders/\(order.id)").status == 204)
            #expect(try await sandbox.request(.GET, "/orders/\(order.id)").status == 404)
            #expect(try await sandbox.request(.DELETE, "/orders/\(order.id)").status == 404)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func invalidOrdersAre422(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let missing = try await sandbox.request(.POST, "/orders", json: #"{"items":[{}]}"#)
            #expect(missing.status == 422)
            let errors = try #require(try missing.object()["errors"] as? [String: Any])
            #expect(errors["total"] != nil)
            #expect(errors["transacted_at"] != nil)
            #expect(errors["items.0.name"] != nil)
            let ghost = """
                {"profile_id":"00000000-0000-4000-8000-000000000000","total":1,"transacted_at":"2026-01-04 00:00:00"}
                """
            #expect(try await sandbox.request(.POST, "/orders", json: ghost).status == 422)
            let unknown = #"{"total":1,"transacted_at":"2026-01-04 00:00:00","colour":"red"}"#
            #expect(try await sandbox.request(.POST, "/orders", json: unknown).status == 422)
        }
    }
}
