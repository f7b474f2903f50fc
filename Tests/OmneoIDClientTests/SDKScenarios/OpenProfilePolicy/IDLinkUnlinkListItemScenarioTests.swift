import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// Omneo's own ID scenario `src/tests/integration/id/profile/transactions/id-link-unlink-list-item.test.ts`
/// (`omneo/omneo-sdk`): a list, a list item and a transaction (Australia/Melbourne) created
/// through the admin API; the line linked to the list item and unlinked through the gateway,
/// each answer being the line. Linking is a write the default profile policy refuses: it runs
/// with `OMNEO_ID_PROFILE_POLICY=open`. As the SDK's test does, the list is made from a list
/// definition (`POST /lists/definitions`).
@Suite struct IDLinkUnlinkListItemScenarioTests {
    let profileID = SandboxSeed.magentoProfileID

    @Test func idLinkUnlinkListItem() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let (client, _) = live.appClient(for: profileID)
            let listID = try await SDKListFixture.list(live, profileID: profileID)
            let transaction = try await SDKTransactionFixture.create(
                live, profileID: profileID, itemName: "ID Link Unlink Transaction Item Test Product",
                timezone: "Australia/Melbourne")
            let line = try #require(transaction.items.first)
            let item = try await live.sandbox.request(
                .POST, "/profiles/\(profileID)/lists/\(listID)/items", json: #"{"product_variant_id":77001,"quantity":1}"#)
            let listItemID = try item.decode(DataEnvelope<ListItem>.self).data.id

            let linked = try await client.me.linkTransactionItem(line.id, toListItem: listItemID)
            #expect(linked.item.id == line.id)
            #expect(linked.listItems?.map(\.id) == [listItemID])

            let unlinked = try await client.me.unlinkTransactionItem(line.id, fromListItem: listItemID)
            #expect(unlinked.item.id == line.id)
            #expect(unlinked.listItems == [])
        }
    }

    /// Under the default policy linking is refused (403) and nothing is linked.
    @Test func theDefaultPolicyRefusesLinking() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            let line = try #require(try await client.me.unassignedTransactionItems().data.first)
            let error = await omneoError { try await client.me.linkTransactionItem(line.item.id, toListItem: 1) }
            #expect(error?.status == 403)
            #expect(try await client.me.assignedTransactionItems().data.isEmpty)
        }
    }
}
