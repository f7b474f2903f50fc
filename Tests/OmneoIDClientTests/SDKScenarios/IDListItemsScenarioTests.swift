import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// Omneo's own ID scenarios for list items (`omneo/omneo-sdk`
/// `src/tests/integration/id/profile/lists/items/*.test.ts`), one test per file: a
/// `gift_registry` definition (`allow_quantity`, `allow_custom_product`) and a list made from
/// it through the admin API, the item through the admin API (or the gateway, for the create
/// scenarios), the ID call through the gateway, the same assertions.
@Suite struct IDListItemsScenarioTests {
    let profileID = SandboxSeed.magentoProfileID
    let flags = ["allow_quantity": true, "allow_custom_product": true]

    /// `id-create-profile-list-item.test.ts`
    @Test func idCreateProfileListItem() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            let listID = try await SDKListFixture.list(live, profileID: profileID, flags: flags)
            let item = try await client.me.addItem(
                ListItemFields(
                    productID: String(SDKListFixture.productID),
                    productVariantID: String(SDKListFixture.productVariantID), quantity: 3, status: "remaining",
                    externalID: SDKListFixture.productExternalID),
                to: .id(listID))
            SDKListFixture.expectSDKItem(item, listID: listID)
        }
    }

    /// `id-create-profile-list-custom-item.test.ts`
    @Test func idCreateProfileListCustomItem() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            let listID = try await SDKListFixture.list(live, profileID: profileID, flags: flags)
            let fields = CustomListItemFields(
                name: SDKListFixture.random("id_sdk_list_name_for_create_list_custom_item"),
                description: SDKListFixture.random("id_sdk_list_description_for_create_list_custom_item"),
                price: "49.99", productID: String(SDKListFixture.productID), quantity: 3, position: 1)
            let item = try await client.me.addCustomItem(fields, to: .id(listID))
            #expect(item.listID == listID)
            #expect(item.quantity == 3)
            #expect(item.position == 1)
            #expect(item.customProduct?["product_id"] == .string(String(SDKListFixture.productID)))
            #expect(item.customProduct?["name"] == .string(fields.name))
            #expect(item.customProduct?["description"] == fields.description.map(JSONValue.string))
            #expect(item.customProduct?["price"] == .string("49.99"))
        }
    }

    /// `id-get-profile-list-item.test.ts`
    @Test func idGetProfileListItem() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            let listID = try await SDKListFixture.list(live, profileID: profileID, flags: flags)
            let created = try await SDKListFixture.item(live, profileID: profileID, listID: listID)
            let item = try await client.me.item(created.id, in: .id(listID))
            SDKListFixture.expectSDKItem(item, listID: listID)
        }
    }

    /// `id-list-profile-list-item.test.ts`
    @Test func idListProfileListItems() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            let listID = try await SDKListFixture.list(live, profileID: profileID, flags: flags)
            let created = try await SDKListFixture.item(live, profileID: profileID, listID: listID)
            let items = try await client.me.items(in: .id(listID)).data
            let item = try #require(items.first { $0.id == created.id })
            SDKListFixture.expectSDKItem(item, listID: listID)
        }
    }

    /// `id-update-profile-list-item.test.ts`
    @Test func idUpdateProfileListItem() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            let listID = try await SDKListFixture.list(live, profileID: profileID, flags: flags)
            let created = try await SDKListFixture.item(live, profileID: profileID, listID: listID)
            let item = try await client.me.updateItem(
                created.id, in: .id(listID), ListItemFields(quantity: 5, status: "gifted"))
            SDKListFixture.expectSDKItem(item, listID: listID, quantity: 5, status: "gifted")
        }
    }

    /// `id-delete-profile-list-item.test.ts`
    @Test func idDeleteProfileListItem() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            let listID = try await SDKListFixture.list(live, profileID: profileID, flags: flags)
            let created = try await SDKListFixture.item(live, profileID: profileID, listID: listID)
            SDKListFixture.expectSDKItem(created, listID: listID)
            try await client.me.deleteItem(created.id, in: .id(listID))
            let after = try await live.sandbox.request(
                .GET, "/profiles/\(profileID)/lists/\(listID)/items/\(created.id)")
            #expect(after.status == 404)
        }
    }
}
