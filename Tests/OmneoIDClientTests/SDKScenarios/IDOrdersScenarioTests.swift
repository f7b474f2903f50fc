import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// Omneo's own ID scenarios for orders (`omneo/omneo-sdk`
/// `src/id/resources/profile/orders/tests/*.test.ts`), one test per file: an order of one
/// product variant created through the sandbox's admin API (`POST /orders`, with the line's
/// `product_variant` inline, as the SDK sends it), then the SDK's ID call and assertions.
/// The SDK reads the product and variant from the tenant's catalogue first; the sandbox has
/// none, so the fixture uses fixed ones.
@Suite struct IDOrdersScenarioTests {
    let profileID = SandboxSeed.magentoProfileID
    static let productID = 9001
    static let variantID = 900_101
    static let price = 89.95

    /// The SDK's fixture order; its id.
    func createOrder(_ live: LiveGateway, externalID: String, orderNumber: String? = nil) async throws -> Int {
        var payload: [String: JSONValue] = [
            "profile_id": .string(profileID), "total": .number(Self.price), "external_id": .string(externalID),
            "transacted_at": .string("2026-01-04 00:00:00"), "timezone": .string("Australia/Melbourne"),
            "items": .array([
                .object([
                    "name": .string("Leather boots"), "quantity": .number(1), "price_sell": .number(Self.price),
                    "product_variant_id": .number(Double(Self.variantID)),
                    "product_variant": .object([
                        "product_id": .number(Double(Self.productID)), "sku": .string("BOOT-42"),
                        "title": .string("Leather boots 42"), "category": .string("test category"),
                        "brand": .string("Omneo"), "price": .number(Self.price),
                    ]),
                ])
            ]),
        ]
        if let orderNumber { payload["order_number"] = .string(orderNumber) }
        let body = String(decoding: try JSONEncoder().encode(payload), as: UTF8.self)
        let created = try await live.sandbox.request(.POST, "/orders", json: body)
        #expect(created.status == 201, "\(created.text)")
        return try created.decode(DataEnvelope<Order>.self).data.id
    }

    /// `id-get-profile-order-by-id.test.ts`
    @Test func idGetProfileOrderByID() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            let id = try await createOrder(live, externalID: "sdk_unit_test_get_order_external_id_1")
            let order = try await client.me.order(id)
            #expect(order.profileID == profileID)
            #expect(order.externalID == "sdk_unit_test_get_order_external_id_1")
            #expect(order.total == Self.price)
            #expect(order.items.first?.line.productID == Self.productID)
            #expect(order.items.first?.line.productVariantID == Self.variantID)
            #expect(try await live.sandbox.request(.DELETE, "/orders/\(id)").status == 204)
        }
    }

    /// `id-list-profile-group-orders.test.ts`
    @Test func idListProfileGroupOrders() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            _ = try await createOrder(
                live, externalID: "sdk_unit_test_list_order_external_id_2",
                orderNumber: "sdk_unit_test_list_order_order_number_2")
            let raw = try await client.me.send(method: .get, path: "group_orders")
            let object = try JSONSerialization.jsonObject(with: raw.body) as? [String: Any]
            let groups = try #require(object?["data"] as? [[String: Any]])
            #expect(!groups.isEmpty)
            let target = try #require(
                groups.first { $0["order_number"] as? String == "sdk_unit_test_list_order_order_number_2" })
            #expect(target["total"] as? Double == Self.price)
            let first = try #require((target["orders"] as? [[String: Any]])?.first)
            #expect(first["profile_id"] as? String == profileID)
            #expect(first["external_id"] as? String == "sdk_unit_test_list_order_external_id_2")
            let line = try #require((first["items"] as? [[String: Any]])?.first)
            #expect(line["product_id"] as? Int == Self.productID)
            #expect(line["product_variant_id"] as? Int == Self.variantID)

            let typed = try await client.me.groupedOrders()
            #expect(typed.contains { $0.orderNumber == "sdk_unit_test_list_order_order_number_2" && $0.numberOrders == 1 })
        }
    }

    /// `id-list-profile-orders.test.ts`: filtered by external id.
    @Test func idListProfileOrders() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            _ = try await createOrder(live, externalID: "sdk_unit_test_list_order_external_id_3")
            let raw = try await client.me.send(
                method: .get, path: "orders", query: ["filter[external_id]": "sdk_unit_test_list_order_external_id_3"])
            let object = try JSONSerialization.jsonObject(with: raw.body) as? [String: Any]
            let orders = try #require(object?["data"] as? [[String: Any]])
            #expect(orders.count == 1)
            let order = try #require(orders.first)
            #expect(order["profile_id"] as? String == profileID)
            #expect(order["total"] as? Double == Self.price)
            let line = try #require((order["items"] as? [[String: Any]])?.first)
            #expect(line["product_id"] as? Int == Self.productID)
            #expect(line["product_variant_id"] as? Int == Self.variantID)
            let typed = try await client.me.orders(externalID: "sdk_unit_test_list_order_external_id_3")
            #expect(typed.data.map(\.externalID) == ["sdk_unit_test_list_order_external_id_3"])
        }
    }
}
