import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// `client.me`: the profile, comms, identities, lists, items, addresses and `send`, against a
/// live gateway and sandbox.
@Suite struct MeTests {
    /// Tags and comms in the profile body are the retailer's under the default profile policy
    /// (403); a tenant that lets shoppers write them runs `open`, as here.
    @Test func getsAndUpdatesTheProfile() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let (client, _) = live.appClient()
            let profile = try await client.me.get()
            #expect(profile.id.rawValue == SandboxSeed.magentoProfileID)
            #expect(profile.identities.contains { $0.handle == "magento_id" && $0.identifier == "1004993MH" })

            let updated = try await client.me.update(
                ProfileFields(firstName: "Ada", occupation: "Engineer", tags: ["vip"], comms: Comms([CommsKey(.sms, .promo): true])))
            #expect(updated.firstName == "Ada")
            #expect(updated.lastName == profile.lastName)  // not sent, unchanged
            #expect(updated.occupation == "Engineer")
            #expect(updated.tags == ["vip"])
            #expect(updated.attributes.comms[CommsKey(.sms, .promo)] == true)
            #expect(try await client.me.get().firstName == "Ada")
        }
    }

    @Test func validationProblemsCarryOmneosMessageAndErrors() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient()
            let error = await omneoError {
                try await client.me.update(ProfileFields(email: "not-an-email", birthMonth: 13))
            }
            #expect(error?.status == 422)
            #expect(error?.message?.isEmpty == false)
            #expect(error?.errors["email"]?.isEmpty == false)
            #expect(error?.errors["birth_month"]?.isEmpty == false)
            guard case .http(422, _, let errors?)? = error else {
                Issue.record("expected .http(422, …), got \(String(describing: error))")
                return
            }
            #expect(errors.keys.contains("email"))
        }
    }

    @Test func getsAndUpdatesComms() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient()
            let before = try await client.me.comms()
            #expect(before.flags.count == CommsKey.all.count)
            let after = try await client.me.updateComms(Comms([.emailOptout: true, CommsKey(.push, .promo): false]))
            #expect(after[.emailOptout] == true)
            #expect(after[CommsKey(.push, .promo)] == false)
            #expect(after[CommsKey(.sms, .optout)] == before[CommsKey(.sms, .optout)])  // not sent, unchanged
            #expect(try await client.me.comms() == after)
        }
    }

    /// Identities are the retailer's under the default profile policy; `open` lets a shopper write them.
    @Test func identitiesCRUD() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let (client, _) = live.appClient()
            let page = try await client.me.identities()
            #expect(page.data.map(\.handle).sorted() == ["magento_id", "shopify"])
            #expect(page.meta.total == 2)

            let created = try await client.me.createIdentity(IdentityFields(handle: "loyalty", identifier: "L-42"))
            #expect(created.handle == "loyalty")
            #expect(created.profileID.rawValue == SandboxSeed.magentoProfileID)
            #expect(try await client.me.identity("loyalty").identifier == "L-42")
            #expect(try await client.me.identity(.id(created.id)).handle == "loyalty")

            let updated = try await client.me.updateIdentity("loyalty", IdentityFields(identifier: "L-43", isActive: false))
            #expect(updated.identifier == "L-43")
            #expect(updated.isActive == false)

            try await client.me.deleteIdentity(.id(created.id))
            let gone = await omneoError { _ = try await client.me.identity("loyalty") }
            #expect(gone?.status == 404)
            #expect(try await client.me.identities(pageSize: 1).meta.lastPage == 2)
        }
    }

    @Test func listsAndItemsCRUD() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient()
            #expect(try await client.me.lists().data.map(\.handle) == ["wishlist"])

            let list = try await client.me.createList(ProfileListFields(handle: "gift-ideas", name: "Gift ideas"))
            #expect(list.handle == "gift-ideas")
            #expect(try await client.me.list(.id(list.id)).name == "Gift ideas")
            let renamed = try await client.me.updateList("gift-ideas", ProfileListFields(description: "For Mum"))
            #expect(renamed.description == "For Mum")

            let item = try await client.me.addItem(ListItemFields(sku: "SKU-1", name: "Scarf", quantity: 2), to: "gift-ideas")
            #expect(item.listID == list.id)
            #expect(item.quantity == 2)
            #expect(try await client.me.item(item.id, in: "gift-ideas").sku == "SKU-1")
            let changed = try await client.me.updateItem(item.id, in: .id(list.id), ListItemFields(note: "Blue"))
            #expect(changed.note == "Blue")
            #expect(try await client.me.items(in: "gift-ideas").data.map(\.id) == [item.id])
            #expect(try await client.me.list("gift-ideas").itemsCount == 1)

            try await client.me.deleteItem(item.id, in: "gift-ideas")
            #expect(try await client.me.items(in: "gift-ideas").data.isEmpty)
            try await client.me.deleteList("gift-ideas")
            #expect(await omneoError { _ = try await client.me.list("gift-ideas") }?.status == 404)

            let invalid = await omneoError { try await client.me.addItem(ListItemFields(note: "no product"), to: .wishlist) }
            #expect(invalid?.status == 422)
            #expect(invalid?.errors["product_id"]?.isEmpty == false)
        }
    }

    @Test func wishlistHelpers() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient()
            let before = try await client.me.wishlist()
            #expect(!before.isEmpty)
            let added = try await client.me.addToWishlist(ListItemFields(productID: "P-100", name: "Linen shirt"))
            #expect(try await client.me.wishlist().map(\.id) == before.map(\.id) + [added.id])
            try await client.me.removeFromWishlist(added.id)
            #expect(try await client.me.wishlist() == before)

            // A profile without a wishlist: empty, then created by the first add.
            try await client.me.deleteList(.wishlist)
            #expect(try await client.me.wishlist().isEmpty)
            let first = try await client.me.addToWishlist(ListItemFields(sku: "SKU-9"))
            #expect(try await client.me.wishlist().map(\.id) == [first.id])
            #expect(try await client.me.list(.wishlist).name == "Wishlist")
        }
    }

    @Test func addressesCRUD() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient()
            let seeded = try await client.me.addresses()
            #expect(seeded.meta.total == seeded.data.count)

            let created = try await client.me.createAddress(
                AddressFields(addressLine1: "1 George St", city: "Sydney", state: "NSW", postcode: "2000", country: "AU"))
            #expect(created.city == "Sydney")
            #expect(created.profileID?.rawValue == SandboxSeed.magentoProfileID)
            let id = try #require(created.id)
            #expect(try await client.me.address(id).addressLine1 == "1 George St")

            let moved = try await client.me.updateAddress(id, AddressFields(addressLine2: "Level 3", postcode: "2001"))
            #expect(moved.addressLine2 == "Level 3")
            #expect(moved.postcode == "2001")
            #expect(moved.city == "Sydney")
            #expect(try await client.me.addresses().meta.total == seeded.meta.total + 1)

            try await client.me.deleteAddress(id)
            #expect(await omneoError { _ = try await client.me.address(id) }?.status == 404)

            let invalid = await omneoError { try await client.me.createAddress(AddressFields(addressLine1: "x")) }
            #expect(invalid?.status == 422)
            #expect(Set(invalid?.errors.keys ?? [:].keys) == ["city", "country"])
        }
    }

    /// Under `open` (identity writes are refused by the default profile policy).
    @Test func sendReachesAnyProfileSubResource() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let (client, _) = live.appClient()
            let answer = try await client.me.send(method: .get, path: "lists/wishlist/items", query: ["page[size]": "1"])
            #expect(answer.status == 200)
            #expect(answer.header("Content-Type")?.contains("application/json") == true)
            let page = try answer.decode(PageEnvelope<ListItem>.self)
            #expect(page.meta.perPage == 1)

            let profile = try await client.me.send(method: .get).data(Profile.self)
            #expect(profile.id.rawValue == SandboxSeed.magentoProfileID)

            let created = try await client.me.send(
                method: .post, path: "/identities/", json: IdentityFields(handle: "crm", identifier: "C-1"))
            #expect(created.status == 201)
            #expect(try created.data(Identity.self).handle == "crm")

            let segments = try await client.me.send(method: .get, segments: ["identities", "crm"])
            #expect(try segments.data(Identity.self).identifier == "C-1")

            let deleted = try await client.me.send(method: .delete, path: "identities/crm")
            #expect(deleted.status == 204)
            #expect(deleted.body.isEmpty)

            let missing = await omneoError { try await client.me.send(method: .get, path: "identities/crm") }
            #expect(missing?.status == 404)
        }
    }

    /// The default profile policy: the shopper's own fields, comms and lists are writable;
    /// identities and tags are not (403, `OmneoIDError.http(403, …)`), and nothing changed.
    @Test func theDefaultPolicyKeepsIdentitiesAndTagsTheRetailers() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient()
            let renamed = try await client.me.update(ProfileFields(firstName: "Ada"))
            #expect(renamed.firstName == "Ada")
            let comms = try await client.me.updateComms(Comms([.emailOptout: true]))
            #expect(comms[.emailOptout] == true)
            let identity = await omneoError {
                _ = try await client.me.createIdentity(IdentityFields(handle: "magento_id", identifier: "999999"))
            }
            #expect(identity?.status == 403)
            #expect(identity?.message == "This action is unauthorized.")
            let tags = await omneoError { _ = try await client.me.update(ProfileFields(tags: ["staff"])) }
            #expect(tags?.status == 403)
            let profile = try await client.me.get()
            #expect(profile.tags.isEmpty || !profile.tags.contains("staff"))
            #expect(profile.identities.map(\.handle).sorted() == ["magento_id", "shopify"])
        }
    }

    @Test func anAnonymousTokenHasNoProfile() async throws {
        try await LiveGateway.with { live in
            let token = try await live.server.mintAnonymousToken()
            let client = OmneoIDClient(baseURL: live.baseURL, token: token) { token }
            let error = await omneoError { _ = try await client.me.wishlist() }
            #expect(error?.status == 404)
        }
    }
}
