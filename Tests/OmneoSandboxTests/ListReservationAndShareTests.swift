import Foundation
import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

/// Custom items (`POST …/lists/{list}/custom`), item reservations (`/list/items/{item}/reservations`,
/// `/profiles/{id}/reservations`) and list shares, on both stores.
@Suite struct ListReservationAndShareTests {
    let owner = SandboxSeed.profileIDs[0]
    let guest = SandboxSeed.profileIDs[1]

    /// A definition with `flags`, a list of the owner made from it; answers the list id.
    func list(_ sandbox: SandboxHarness, flags: String) async throws -> Int {
        let handle = "def-" + UUID().uuidString.prefix(8).lowercased()
        let definition = try await sandbox.request(
            .POST, "/lists/definitions", json: #"{"name":"D","handle":"\#(handle)","type":"gift_registry"\#(flags)}"#
        ).decode(DataEnvelope<ListDefinition>.self).data
        let created = try await sandbox.request(
            .POST, "/profiles/\(owner)/lists", json: #"{"name":"\#(handle)","list_definition_id":\#(definition.id)}"#)
        #expect(created.status == 201, "\(created.text)")
        return try created.decode(DataEnvelope<ProfileList>.self).data.id
    }

    func item(_ sandbox: SandboxHarness, listID: Int, quantity: Int) async throws -> ListItem {
        let created = try await sandbox.request(
            .POST, "/profiles/\(owner)/lists/\(listID)/items",
            json: #"{"product_id":1001,"product_variant_id":77001,"external_id":"P-1001","quantity":\#(quantity)}"#)
        #expect(created.status == 201, "\(created.text)")
        return try created.decode(DataEnvelope<ListItem>.self).data
    }

    @Test(arguments: SandboxHarness.stores)
    func itemsCarryOmneosNestedProductAndVariant(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let listID = try await list(sandbox, flags: "")
            let item = try await item(sandbox, listID: listID, quantity: 2)
            #expect(item.product == .object(["id": .number(1001), "external_id": .string("P-1001")]))
            #expect(item.productVariant?["id"] == .number(77001) && item.productVariant?["product_id"] == .number(1001))
            #expect(item.customProduct == nil)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func customItemsFollowTheDefinition(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let allowed = try await list(sandbox, flags: #","allow_custom_product":true"#)
            let created = try await sandbox.request(
                .POST, "/profiles/\(owner)/lists/\(allowed)/custom",
                json: #"{"name":"Hand-made vase","price":49.9,"currency":"AUD","product_id":1001,"quantity":2}"#)
            #expect(created.status == 201, "\(created.text)")
            let item = try created.decode(DataEnvelope<ListItem>.self).data
            #expect(item.listID == allowed && item.quantity == 2 && item.product == nil)
            #expect(item.customProduct?["name"] == .string("Hand-made vase"))
            #expect(item.customProduct?["price"] == .string("49.90"))
            #expect(item.customProduct?["product_id"] == .string("1001"))
            #expect(item.customProduct?["currency"] == .string("AUD"))
            let listed = try await sandbox.request(.GET, "/profiles/\(owner)/lists/\(allowed)/items")
                .decode(PageEnvelope<ListItem>.self).data
            #expect(listed.map(\.id) == [item.id])

            let refusedList = try await list(sandbox, flags: "")
            let refused = try await sandbox.request(
                .POST, "/profiles/\(owner)/lists/\(refusedList)/custom", json: #"{"name":"Vase"}"#)
            #expect(refused.status == 422)
            for bad in [
                #"{"price":1}"#, #"{"name":"V","price":"cheap"}"#, #"{"name":"V","currency":"dollars"}"#,
                #"{"name":"V","quantity":0}"#, #"{"name":"V","colour":"red"}"#,
            ] {
                let answer = try await sandbox.request(.POST, "/profiles/\(owner)/lists/\(allowed)/custom", json: bad)
                #expect(answer.status == 422, "\(bad): \(answer.text)")
            }
            #expect(
                try await sandbox.request(.POST, "/profiles/\(guest)/lists/\(allowed)/custom", json: #"{"name":"V"}"#)
                    .status == 404)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func reservationsAreLimitedByTheDefinitionAndTheQuantity(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let listID = try await list(sandbox, flags: #","allow_quantity":true,"allow_reserve":true"#)
            let item = try await item(sandbox, listID: listID, quantity: 3)
            let path = "/list/items/\(item.id)/reservations"
            let created = try await sandbox.request(
                .POST, path, json: #"{"profile_id":"\#(guest)","quantity":2,"timezone":"Australia/Melbourne"}"#)
            #expect(created.status == 201, "\(created.text)")
            let reservation = try created.decode(DataEnvelope<ListItemReservation>.self).data
            #expect(reservation.profile?.id.rawValue == guest && reservation.quantity == 2)
            #expect(reservation.productListItemID == item.id && reservation.productListItem?.id == item.id)
            #expect(reservation.productListID == listID && reservation.timezone == "Australia/Melbourne")

            // 2 of 3 reserved: 2 more is too many, 1 more is fine.
            let tooMany = try await sandbox.request(
                .POST, path, json: #"{"external_profile_id":"guest-7","quantity":2}"#)
            #expect(tooMany.status == 422, "\(tooMany.text)")
            let last = try await sandbox.request(.POST, path, json: #"{"external_profile_id":"guest-7","quantity":1}"#)
            #expect(last.status == 201, "\(last.text)")
            for bad in [
                #"{"quantity":1}"#, #"{"profile_id":"\#(guest)"}"#, #"{"profile_id":"\#(guest)","quantity":0}"#,
                #"{"profile_id":"no-such-profile","quantity":1}"#,
                #"{"profile_id":"\#(guest)","quantity":1,"timezone":"Mars/Olympus"}"#,
                #"{"profile_id":"\#(guest)","quantity":1,"expires_at":"soon"}"#,
            ] {
                let refused = try await sandbox.request(.POST, path, json: bad)
                #expect(refused.status == 422, "\(bad): \(refused.text)")
            }

            let guests = try await sandbox.request(.GET, "/profiles/\(guest)/reservations")
                .decode(PageEnvelope<ListItemReservation>.self).data
            #expect(guests.map(\.id) == [reservation.id])
            #expect(
                try await sandbox.request(.GET, "/profiles/\(owner)/reservations")
                    .decode(PageEnvelope<ListItemReservation>.self).data.isEmpty)
            #expect(
                try await sandbox.request(.GET, path).decode(PageEnvelope<ListItemReservation>.self).data.count == 2)
            #expect(try await sandbox.request(.GET, "/profiles/no-such-profile/reservations").status == 404)

            #expect(try await sandbox.request(.DELETE, "\(path)/\(reservation.id)").status == 204)
            #expect(try await sandbox.request(.DELETE, "\(path)/\(reservation.id)").status == 404)
            // Deleting the item deletes its reservations.
            #expect(
                try await sandbox.request(.DELETE, "/profiles/\(owner)/lists/\(listID)/items/\(item.id)").status == 204)
            #expect(try await sandbox.request(.GET, path).status == 404)

            let notReservable = try await list(sandbox, flags: "")
            let other = try await self.item(sandbox, listID: notReservable, quantity: 1)
            let refused = try await sandbox.request(
                .POST, "/list/items/\(other.id)/reservations", json: #"{"profile_id":"\#(guest)","quantity":1}"#)
            #expect(refused.status == 422)
            #expect(
                try await sandbox.request(.POST, "/list/items/999999/reservations", json: #"{"quantity":1}"#)
                    .status == 404)
        }
    }

    /// Concurrent reservations never reserve more than the item's quantity.
    @Test(arguments: SandboxHarness.stores)
    func concurrentReservationsNeverExceedTheQuantity(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let listID = try await list(sandbox, flags: #","allow_reserve":true"#)
            let item = try await item(sandbox, listID: listID, quantity: 3)
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for guest in 0..<12 {
                    group.addTask {
                        try await sandbox.request(
                            .POST, "/list/items/\(item.id)/reservations",
                            json: #"{"external_profile_id":"guest-\#(guest)","quantity":1}"#
                        ).status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == 201 }.count == 3, "\(statuses)")
            #expect(statuses.filter { $0 == 422 }.count == 9, "\(statuses)")
            let reserved = try await sandbox.request(.GET, "/list/items/\(item.id)/reservations")
                .decode(PageEnvelope<ListItemReservation>.self).data
            #expect(reserved.map(\.quantity).reduce(0, +) == 3)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func sharesAreCreatedListedAndDeleted(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let listID = try await list(sandbox, flags: "")
            let base = "/profiles/\(owner)/lists/\(listID)/shares"
            let first = try await sandbox.request(.POST, base)
            #expect(first.status == 201, "\(first.text)")
            let share = try first.decode(DataEnvelope<ListShare>.self).data
            #expect(share.productListID == listID && share.profileID?.rawValue == owner)
            #expect((share.handle?.count ?? 0) >= 16)
            let second = try await sandbox.request(.POST, base, json: "{}")
            #expect(second.status == 201)
            let other = try second.decode(DataEnvelope<ListShare>.self).data
            #expect(other.handle != share.handle)
            #expect(try await sandbox.request(.POST, base, json: #"{"handle":"mine"}"#).status == 422)
            #expect(try await sandbox.request(.POST, base, json: "[1]").status == 400)

            let shares = try await sandbox.request(.GET, base).decode(DataEnvelope<[ListShare]>.self).data
            #expect(shares.map(\.id) == [share.id, other.id])
            #expect(
                try await sandbox.request(.DELETE, "/profiles/\(guest)/lists/\(listID)/shares/\(share.id)").status
                    == 404)
            #expect(try await sandbox.request(.DELETE, "\(base)/\(share.id)").status == 204)
            #expect(try await sandbox.request(.DELETE, "\(base)/\(share.id)").status == 404)
            #expect(
                try await sandbox.request(.GET, base).decode(DataEnvelope<[ListShare]>.self).data.map(\.id) == [
                    other.id
                ])
        }
    }
}
