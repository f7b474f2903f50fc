import Foundation
import OmneoModels
import Testing

/// The fixtures Omneo's SDK list scenarios (`src/tests/integration/id/profile/lists/**`) create
/// through the admin API: a `gift_registry` list definition (`POST /lists/definitions`), a
/// list of the profile made from it (`POST /profiles/{id}/lists`), and a list item of a
/// catalogue product (`POST /profiles/{id}/lists/{list}/items`).
enum SDKListFixture {
    /// The SDK's `OMNEO_TEST_PRODUCT_ID` / `OMNEO_TEST_PRODUCT_VARIANT_ID` and the product's
    /// `external_id` (the SDK reads it with `products.get`; the sandbox has no catalogue).
    static let productID = 1001
    static let productVariantID = 77_001
    static let productExternalID = "SDK-PRODUCT-1001"

    /// `getRandomString(prefix)`.
    static func random(_ prefix: String) -> String {
        prefix + "_" + UUID().uuidString.prefix(8).lowercased()
    }

    /// A definition with `flags` (e.g. `"allow_quantity":true`), then a list made from it;
    /// answers the list's id.
    static func list(_ live: LiveGateway, profileID: String, flags: [String: Bool] = [:]) async throws -> Int {
        var definition: [String: JSONValue] = [
            "name": .string(random("id_sdk_list_definition_name")),
            "handle": .string(random("id_sdk_list_definition_handle")), "type": .string("gift_registry"),
            "is_published": .bool(true),
        ]
        for (flag, value) in flags { definition[flag] = .bool(value) }
        let created = try await live.sandbox.request(.POST, "/lists/definitions", json: try json(definition))
        #expect(created.status == 201, "\(created.text)")
        let definitionID = try created.decode(DataEnvelope<ListDefinition>.self).data.id
        let list = try await live.sandbox.request(
            .POST, "/profiles/\(profileID)/lists",
            json: try json([
                "list_definition_id": .number(Double(definitionID)), "name": .string(random("id_sdk_list_name")),
            ]))
        #expect(list.status == 201, "\(list.text)")
        let created2 = try list.decode(DataEnvelope<ProfileList>.self).data
        #expect(created2.listDefinitionID == definitionID)
        return created2.id
    }

    /// The SDK's `payload3`: the test product's variant, quantity `quantity`, status `remaining`.
    static func itemPayload(quantity: Int = 3) -> [String: JSONValue] {
        [
            "product_variant_id": .number(Double(productVariantID)), "product_id": .number(Double(productID)),
            "external_id": .string(productExternalID), "quantity": .number(Double(quantity)),
            "status": .string("remaining"),
        ]
    }

    /// Creates the item through the admin API; answers it as the sandbox did.
    static func item(_ live: LiveGateway, profileID: String, listID: Int, quantity: Int = 3) async throws -> ListItem {
        let created = try await live.sandbox.request(
            .POST, "/profiles/\(profileID)/lists/\(listID)/items", json: try json(itemPayload(quantity: quantity)))
        #expect(created.status == 201, "\(created.text)")
        return try created.decode(DataEnvelope<ListItem>.self).data
    }

    /// The assertions every item scenario makes on the item (`product_list_id`, the nested
    /// `product_variant.id`, `product.id`, `product.external_id`, `quantity`, `status`).
    static func expectSDKItem(
        _ item: ListItem, listID: Int, quantity: Int = 3, status: String = "remaining",
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(item.listID == listID, sourceLocation: sourceLocation)
        #expect(item.productVariant?["id"] == .number(Double(productVariantID)), sourceLocation: sourceLocation)
        #expect(item.product?["id"] == .number(Double(productID)), sourceLocation: sourceLocation)
        #expect(item.product?["external_id"] == .string(productExternalID), sourceLocation: sourceLocation)
        #expect(item.quantity == quantity, sourceLocation: sourceLocation)
        #expect(item.status == status, sourceLocation: sourceLocation)
    }

    static func json(_ object: [String: JSONValue]) throws -> String {
        String(decoding: try JSONEncoder().encode(JSONValue.object(object)), as: UTF8.self)
    }
}
