import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// Omneo's own ID scenarios for transaction lines (`omneo/omneo-sdk`
/// `src/tests/integration/id/profile/transactions/id-get-unassigned-assigned-items.test.ts`):
/// reads through the gateway under the default profile policy. As the SDK's test does, the
/// list is made from a list definition (`POST /lists/definitions`).
@Suite struct IDTransactionItemsScenarioTests {
    let profileID = SandboxSeed.magentoProfileID

    /// `id-get-unassigned-assigned-items.test.ts`: the new line is among the unassigned ones;
    /// once linked (through the admin API) to a list item, the assigned ones are not empty.
    @Test func idGetUnassignedAssignedItems() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            let listID = try await SDKListFixture.list(live, profileID: profileID)
            let transaction = try await SDKTransactionFixture.create(
                live, profileID: profileID, itemName: "ID_sdk_unit_Get_Assigned_Transaction_Items_Test_Product")
            let line = try #require(transaction.items.first)

            let unassigned = try await client.me.unassignedTransactionItems()
            #expect(unassigned.data.count > 0)
            #expect(unassigned.data.contains { $0.item.id == line.id })

            let item = try await live.sandbox.request(
                .POST, "/profiles/\(profileID)/lists/\(listID)/items", json: #"{"product_variant_id":77001,"quantity":1}"#)
            #expect(item.status == 201)
            let listItemID = try item.decode(DataEnvelope<ListItem>.self).data.id
            let linked = try await live.sandbox.request(
                .POST, "/profiles/\(profileID)/transactions/items/\(line.id)/list-item",
                json: #"{"product_list_item_id":\#(listItemID),"type":"link"}"#)
            #expect(linked.status == 200)

            let assigned = try await client.me.assignedTransactionItems()
            #expect(assigned.data.count > 0)
            #expect(assigned.data.first { $0.item.id == line.id }?.listItems?.map(\.id) == [listItemID])
        }
    }
}
