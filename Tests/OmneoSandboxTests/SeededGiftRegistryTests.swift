import Foundation
import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

/// The seeded list definitions and gift registry (v7-lists), on both stores; new rows take
/// ids after the seeded ones.
@Suite struct SeededGiftRegistryTests {
    let owner = SandboxSeed.profileIDs[2]
    let guest = SandboxSeed.profileIDs[3]

    @Test(arguments: SandboxHarness.stores)
    func theGiftRegistryIsSeededWithItemsFieldsReservationsAndAShare(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let definitions = try await sandbox.request(.GET, "/lists/definitions")
                .decode(PageEnvelope<ListDefinition>.self).data
            #expect(definitions.map(\.handle) == ["wishlist", "gift-registry"])
            let wishlist = try await sandbox.request(.GET, "/profiles/\(owner)/lists/wishlist")
                .decode(DataEnvelope<ProfileList>.self).data
            #expect(wishlist.definition?.handle == "wishlist")

            let base = "/profiles/\(owner)/lists/wedding-registry"
            let registry = try await sandbox.request(.GET, base).decode(DataEnvelope<ProfileList>.self).data
            #expect(registry.definition?.allowReserve == true && registry.itemsCount == 4)
            let items = try await sandbox.request(.GET, base + "/items").decode(PageEnvelope<ListItem>.self).data
            #expect(items.compactMap { $0.product?["id"] } == [.number(2101), .number(2140), .number(2188)])
            #expect(items.last?.customProduct?["name"] == .string("Honeymoon fund"))
            let fields = try await sandbox.request(.GET, base + "/custom-fields")
                .decode(PageEnvelope<CustomField>.self).data
            #expect(fields.map(\.handle) == ["date", "guests"] && fields.last?.value == .number(120))
            let shares = try await sandbox.request(.GET, "/profiles/\(owner)/lists/\(registry.id)/shares")
                .decode(DataEnvelope<[ListShare]>.self).data
            #expect(shares.count == 1)

            let reservations = try await sandbox.request(.GET, "/profiles/\(guest)/reservations")
                .decode(PageEnvelope<ListItemReservation>.self).data
            #expect(reservations.count == 1 && reservations.first?.quantity == 2)
            #expect(reservations.first?.productListItem?.name == "Crystal wine glasses, set of 6")

            // 2 of the 4 glasses are reserved: 3 more is too many, 2 is fine; new ids follow the seed.
            let glasses = try #require(items.first { $0.sku == "GLS-WINE-6" })
            let path = "/list/items/\(glasses.id)/reservations"
            #expect(
                try await sandbox.request(.POST, path, json: #"{"external_profile_id":"g","quantity":3}"#).status == 422
            )
            let made = try await sandbox.request(.POST, path, json: #"{"external_profile_id":"g","quantity":2}"#)
            #expect(made.status == 201, "\(made.text)")
            #expect(try made.decode(DataEnvelope<ListItemReservation>.self).data.id == 3)
            let definition = try await sandbox.request(
                .POST, "/lists/definitions", json: #"{"name":"Baby","handle":"baby","type":"gift_registry"}"#)
            #expect(try definition.decode(DataEnvelope<ListDefinition>.self).data.id == 3)
        }
    }
}
