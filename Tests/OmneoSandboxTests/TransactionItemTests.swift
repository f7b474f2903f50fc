import Foundation
import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

/// The lines of a profile's transactions and their links to its list items
/// (`transactionitems/list/{unassigned,assigned}`, `transactions/items/{item}/list-item`) and
/// `transactions/{id}/unattach` (`omneo-sdk` `src/types/transaction.ts`, `TransactionItem`,
/// `TransactionItemProductListItem`).
@Suite struct TransactionItemTests {
    let profile = SandboxSeed.profileIDs[0]
    let other = SandboxSeed.profileIDs[1]

    func lines(_ sandbox: SandboxHarness, _ which: String, include: Bool = true) async throws -> PageEnvelope<ProfileTransactionItem> {
        let response = try await sandbox.request(
            .GET, "/profiles/\(profile)/transactionitems/list/\(which)\(include ? "?include_list_item=1" : "")")
        #expect(response.status == 200, "\(response.text)")
        return try response.decode(PageEnvelope<ProfileTransactionItem>.self)
    }

    @Test(arguments: SandboxHarness.stores)
    func seededLinesAreUnassignedWithTheirTransaction(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let unassigned = try await lines(sandbox, "unassigned")
            #expect(unassigned.meta.total == 4)  // a sale of two lines, an order of one, a refund of one
            #expect(unassigned.data.allSatisfy { $0.listItems == [] && $0.transaction?.transactedAt != nil })
            let times = unassigned.data.compactMap(\.transaction?.transactedAt)
            #expect(times == times.sorted(by: >))
            #expect(try await lines(sandbox, "assigned").data.isEmpty)
            // Without include_list_item, no list_items key.
            let plain = try await sandbox.request(.GET, "/profiles/\(profile)/transactionitems/list/unassigned")
            let first = try #require((try plain.object()["data"] as? [[String: Any]])?.first)
            #expect(first["list_items"] == nil)
            #expect(first["transaction"] is [String: Any])
            let bad = try await sandbox.request(
                .GET, "/profiles/\(profile)/transactionitems/list/unassigned?include_list_item=maybe")
            #expect(bad.status == 422)
            let missing = "/profiles/00000000-0000-4000-8000-000000000000/transactionitems/list/assigned"
            #expect(try await sandbox.request(.GET, missing).status == 404)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func aLineIsLinkedToAListItemAndUnlinked(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let list = try await sandbox.request(.POST, "/profiles/\(profile)/lists", json: #"{"name":"Registry"}"#)
            #expect(list.status == 201)
            let listID = try list.decode(DataEnvelope<ProfileList>.self).data.id
            let item = try await sandbox.request(
                .POST, "/profiles/\(profile)/lists/\(listID)/items", json: #"{"product_variant_id":5011,"quantity":1}"#)
            #expect(item.status == 201)
            let listItemID = try item.decode(DataEnvelope<ListItem>.self).data.id
            let line = try #require(try await lines(sandbox, "unassigned").data.first).item
            let path = "/profiles/\(profile)/transactions/items/\(line.id)/list-item"

            let linked = try await sandbox.request(
                .POST, path, json: #"{"product_list_item_id":\#(listItemID),"type":"link"}"#)
            #expect(linked.status == 200, "\(linked.text)")
            let answer = try linked.decode(DataEnvelope<ProfileTransactionItem>.self).data
            #expect(answer.item.id == line.id)
            #expect(answer.listItems?.map(\.id) == [listItemID])
            #expect(answer.listItems?.first?.productListID == listID)
            #expect(answer.listItems?.first?.listName == "Registry")
            // Linking again changes nothing.
            let again = try await sandbox.request(
                .POST, path, json: #"{"product_list_item_id":\#(listItemID),"type":"link"}"#)
            #expect(try again.decode(DataEnvelope<ProfileTransactionItem>.self).data.listItems?.count == 1)

            let assigned = try await lines(sandbox, "assigned")
            #expect(assigned.data.map(\.item.id) == [line.id])
            #expect(assigned.data.first?.listItems?.first?.id == listItemID)
            #expect(try await lines(sandbox, "unassigned").meta.total == 3)

            let unlinked = try await sandbox.request(
                .POST, path, json: #"{"product_list_item_id":\#(listItemID),"type":"unlink"}"#)
            #expect(unlinked.status == 200)
            #expect(try unlinked.decode(DataEnvelope<ProfileTransactionItem>.self).data.listItems == [])
            #expect(try await lines(sandbox, "assigned").data.isEmpty)

            // Another profile's list item, a bad type, another profile's line.
            let theirs = try await sandbox.request(.GET, "/profiles/\(other)/lists").decode(PageEnvelope<ProfileList>.self)
            let theirList = try #require(theirs.data.first).id
            let theirItems = try await sandbox.request(.GET, "/profiles/\(other)/lists/\(theirList)/items")
                .decode(PageEnvelope<ListItem>.self)
            let theirItem = try #require(theirItems.data.first).id
            let foreign = try await sandbox.request(
                .POST, path, json: #"{"product_list_item_id":\#(theirItem),"type":"link"}"#)
            #expect(foreign.status == 422)
            let badType = try await sandbox.request(
                .POST, path, json: #"{"product_list_item_id":\#(listItemID),"type":"borrow"}"#)
            #expect(badType.status == 422)
            #expect(try await sandbox.request(.POST, path, json: "{}").status == 422)
            let otherPath = "/profiles/\(other)/transactions/items/\(line.id)/list-item"
            let notTheirs = try await sandbox.request(
                .POST, otherPath, json: #"{"product_list_item_id":\#(theirItem),"type":"link"}"#)
            #expect(notTheirs.status == 404)
            #expect(try await sandbox.request(.POST, "/profiles/\(profile)/transactions/items/999999/list-item", json: "{}").status == 404)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func unattachingATransactionTakesItOffTheProfile(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let page = try await sandbox.request(.GET, "/profiles/\(profile)/transactions")
                .decode(PageEnvelope<Transaction>.self)
            let transaction = try #require(page.data.first)
            #expect(try await sandbox.request(.GET, "/profiles/\(other)/transactions/\(transaction.id)/unattach").status == 404)

            let response = try await sandbox.request(.GET, "/profiles/\(profile)/transactions/\(transaction.id)/unattach")
            #expect(response.status == 200)
            let raw = try #require(try response.object()["data"] as? [String: Any])
            #expect(raw["profile_id"] is NSNull)
            #expect(try response.decode(DataEnvelope<Transaction>.self).data.items.count == transaction.items.count)
            #expect(try await sandbox.request(.GET, "/profiles/\(profile)/transactions/\(transaction.id)").status == 404)
            #expect(try await sandbox.request(.GET, "/transactions/\(transaction.id)").status == 200)
            #expect(try await sandbox.request(.GET, "/profiles/\(profile)/transactions/\(transaction.id)/unattach").status == 404)
        }
    }
}
