import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

@Suite struct ListTests {
    let profile = SandboxSeed.profileIDs[0]
    let other = SandboxSeed.profileIDs[1]

    @Test(arguments: SandboxHarness.stores)
    func theWishlistIsReachableByIdAndByHandle(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let lists = try await sandbox.request(.GET, "/profiles/\(profile)/lists").decode(
                PageEnvelope<ProfileList>.self)
            let wishlist = try #require(lists.data.first { $0.handle == "wishlist" })
            #expect(wishlist.itemsCount == 3)
            let byHandle = try await sandbox.request(.GET, "/profiles/\(profile)/lists/wishlist")
                .decode(DataEnvelope<ProfileList>.self).data
            let byID = try await sandbox.request(.GET, "/profiles/\(profile)/lists/\(wishlist.id)")
                .decode(DataEnvelope<ProfileList>.self).data
            #expect(byHandle == wishlist)
            #expect(byID == wishlist)

            let items = try await sandbox.request(.GET, "/profiles/\(profile)/lists/wishlist/items")
                .decode(PageEnvelope<ListItem>.self)
            #expect(items.data.count == 3)
            #expect(items.data.allSatisfy { $0.listID == wishlist.id && $0.sku != nil && $0.productID != nil })
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func createsUpdatesAndDeletesListsAndItems(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let created = try await sandbox.request(
                .POST, "/profiles/\(profile)/lists", json: #"{"handle":"gift-ideas","name":"Gift ideas"}"#)
            #expect(created.status == 201)
            let list = try created.decode(DataEnvelope<ProfileList>.self).data
            #expect(list.itemsCount == 0)

            let duplicate = try await sandbox.request(
                .POST, "/profiles/\(profile)/lists", json: #"{"handle":"gift-ideas","name":"Again"}"#)
            #expect(duplicate.status == 422)
            #expect(try duplicate.decode(ErrorBody.self).errors?["handle"] == ["The handle has already been taken."])
            // the same handle on another profile is fine
            #expect(
                try await sandbox.request(
                    .POST, "/profiles/\(other)/lists", json: #"{"handle":"gift-ideas","name":"Gifts"}"#
                ).status == 201)
            let numeric = try await sandbox.request(
                .POST, "/profiles/\(profile)/lists", json: #"{"handle":"123","name":"Numbers"}"#)
            #expect(numeric.status == 422)
            // Omneo requires `name` (omneo-sdk src/types/list.ts, ListInput); the handle is optional
            let nameless = try await sandbox.request(.POST, "/profiles/\(profile)/lists", json: #"{"handle":"x"}"#)
            #expect(nameless.status == 422)
            #expect(try nameless.decode(ErrorBody.self).errors?.keys.sorted() == ["name"])
            let named = try await sandbox.request(.POST, "/profiles/\(profile)/lists", json: #"{"name":"Summer 2026!"}"#)
            #expect(named.status == 201)
            #expect(try named.decode(DataEnvelope<ProfileList>.self).data.handle == "summer-2026")

            let item = try await sandbox.request(
                .POST, "/profiles/\(profile)/lists/gift-ideas/items",
                json: #"{"product_id":123456,"sku":"MUG-01","name":"Mug","quantity":2,"note":"blue"}"#)
            #expect(item.status == 201)
            let added = try item.decode(DataEnvelope<ListItem>.self).data
            #expect(added.productID == "123456")
            #expect(added.quantity == 2)
            #expect(added.listID == list.id)

            let noProduct = try await sandbox.request(
                .POST, "/profiles/\(profile)/lists/gift-ideas/items", json: #"{"quantity":0}"#)
            #expect(noProduct.status == 422)
            #expect(try noProduct.decode(ErrorBody.self).errors?.keys.sorted() == ["product_id", "quantity"])

            let updated = try await sandbox.request(
                .PUT, "/profiles/\(profile)/lists/\(list.id)/items/\(added.id)", json: #"{"quantity":5,"note":null}"#)
            let changed = try updated.decode(DataEnvelope<ListItem>.self).data
            #expect(changed.quantity == 5)
            #expect(changed.note == nil)
            #expect(changed.sku == "MUG-01")
            let fetched = try await sandbox.request(.GET, "/profiles/\(profile)/lists/gift-ideas/items/\(added.id)")
            #expect(try fetched.decode(DataEnvelope<ListItem>.self).data == changed)

            let renamed = try await sandbox.request(
                .PUT, "/profiles/\(profile)/lists/gift-ideas", json: #"{"name":"Presents","handle":"presents"}"#)
            let renamedList = try renamed.decode(DataEnvelope<ProfileList>.self).data
            #expect(renamedList.name == "Presents")
            #expect(renamedList.itemsCount == 1)
            #expect(try await sandbox.request(.GET, "/profiles/\(profile)/lists/gift-ideas").status == 404)

            #expect(
                try await sandbox.request(.DELETE, "/profiles/\(profile)/lists/presents/items/\(added.id)").status
                    == 204)
            #expect(
                try await sandbox.request(.GET, "/profiles/\(profile)/lists/presents/items/\(added.id)").status == 404)
            #expect(try await sandbox.request(.DELETE, "/profiles/\(profile)/lists/presents").status == 204)
            #expect(try await sandbox.request(.GET, "/profiles/\(profile)/lists/\(list.id)").status == 404)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func anotherProfilesListAndItemsAreNotFound(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let theirs = try await sandbox.request(.GET, "/profiles/\(other)/lists/wishlist")
                .decode(DataEnvelope<ProfileList>.self).data
            let theirItem = try await sandbox.request(.GET, "/profiles/\(other)/lists/wishlist/items")
                .decode(PageEnvelope<ListItem>.self).data[0]
            let mine = try await sandbox.request(.GET, "/profiles/\(profile)/lists/wishlist")
                .decode(DataEnvelope<ProfileList>.self).data
            for (method, path) in [
                (SandboxHarness.Method.GET, "/profiles/\(profile)/lists/\(theirs.id)"),
                (.DELETE, "/profiles/\(profile)/lists/\(theirs.id)"),
                (.GET, "/profiles/\(profile)/lists/\(theirs.id)/items"),
                (.GET, "/profiles/\(profile)/lists/\(mine.id)/items/\(theirItem.id)"),
                (.DELETE, "/profiles/\(profile)/lists/wishlist/items/\(theirItem.id)"),
                (.GET, "/profiles/\(profile)/lists/no-such-list"),
            ] {
                let response = try await sandbox.request(method, path)
                #expect(response.status == 404, "\(method) \(path)")
            }
            #expect(
                try await sandbox.request(.GET, "/profiles/\(other)/lists/wishlist/items/\(theirItem.id)").status == 200
            )
        }
    }

    /// Omneo's list-item fields (`omneo-sdk` `src/types/list.ts`, `ListItemInput`) are stored
    /// and answered, with the item's list as `product_list_id`.
    @Test(arguments: SandboxHarness.stores)
    func acceptsOmneosListItemFields(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let created = try await sandbox.request(
                .POST, "/profiles/\(profile)/lists/wishlist/items",
                json: #"""
                    {"product_variant_sku":"SHIRT-M","quantity":1,"position":3,"status":"active",
                     "meta":{"size":"M"},"source":"app","location_id":2,"external_id":"E-9"}
                    """#)
            #expect(created.status == 201)
            let body = try created.decode(JSONValue.self)
            guard case .object(let envelope) = body, case .object(let item)? = envelope["data"] else {
                Issue.record("no data object")
                return
            }
            #expect(item["product_list_id"]?.integer != nil)
            #expect(item["product_variant_sku"] == .string("SHIRT-M"))
            #expect(item["position"] == .number(3))
            #expect(item["status"] == .string("active"))
            #expect(item["meta"] == .object(["size": .string("M")]))
            #expect(item["source"] == .string("app"))
            #expect(item["location_id"] == .number(2))
            #expect(item["external_id"] == .string("E-9"))

            let invalid = try await sandbox.request(
                .POST, "/profiles/\(profile)/lists/wishlist/items", json: #"{"position":"top","meta":[1]}"#)
            #expect(invalid.status == 422)
            #expect(try invalid.decode(ErrorBody.self).errors?.keys.sorted() == ["meta", "position", "product_id"])
        }
    }
}
