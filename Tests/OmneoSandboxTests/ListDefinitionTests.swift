import Foundation
import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

/// `/lists/definitions` (`omneo-sdk` `src/types/lists.ts`, `ListDefinition`) and lists made
/// from a definition, on both stores.
@Suite struct ListDefinitionTests {
    let profile = SandboxSeed.profileIDs[0]

    static let giftRegistry =
        #"{"name":"Gift registry","handle":"wedding-gifts","type":"gift_registry","is_published":true,"allow_quantity":true,"allow_reserve":true,"tags":["gifts"],"meta":{"colour":"gold"}}"#

    @Test(arguments: SandboxHarness.stores)
    func definitionsAreCreatedReadUpdatedAndDeletedWithEveryKey(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let created = try await sandbox.request(.POST, "/lists/definitions", json: Self.giftRegistry)
            #expect(created.status == 201, "\(created.text)")
            let object = try JSONSerialization.jsonObject(with: created.body) as? [String: Any]
            let data = try #require(object?["data"] as? [String: Any])
            for key in [
                "id", "name", "handle", "type", "icon", "cover", "short_description", "description", "allow_share",
                "allow_quantity", "allow_reserve", "allow_custom_product", "allow_edit", "allow_new", "allow_delete",
                "meta", "is_published", "is_active", "tags", "timezone", "created_at", "updated_at",
            ] {
                #expect(data.keys.contains(key), "\(key)")
            }
            let definition = try created.decode(DataEnvelope<ListDefinition>.self).data
            #expect(definition.handle == "wedding-gifts" && definition.type == "gift_registry")
            #expect(definition.allowQuantity && definition.allowReserve && !definition.allowShare)
            #expect(definition.isPublished && definition.isActive && definition.tags == ["gifts"])
            #expect(definition.meta == .object(["colour": .string("gold")]))

            let shown = try await sandbox.request(.GET, "/lists/definitions/\(definition.id)")
            #expect(try shown.decode(DataEnvelope<ListDefinition>.self).data == definition)
            let listed = try await sandbox.request(.GET, "/lists/definitions")
                .decode(PageEnvelope<ListDefinition>.self)
            #expect(listed.data.contains(definition))

            let updated = try await sandbox.request(
                .PUT, "/lists/definitions/\(definition.id)", json: #"{"allow_share":true,"name":"Registry"}"#)
            #expect(updated.status == 200, "\(updated.text)")
            let changed = try updated.decode(DataEnvelope<ListDefinition>.self).data
            #expect(changed.allowShare && changed.name == "Registry" && changed.handle == "wedding-gifts")

            #expect(try await sandbox.request(.DELETE, "/lists/definitions/\(definition.id)").status == 204)
            #expect(try await sandbox.request(.GET, "/lists/definitions/\(definition.id)").status == 404)
            #expect(try await sandbox.request(.DELETE, "/lists/definitions/\(definition.id)").status == 404)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func badDefinitionsAreRefusedWith422(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            #expect(try await sandbox.request(.POST, "/lists/definitions", json: Self.giftRegistry).status == 201)
            for bad in [
                Self.giftRegistry,  // the handle is taken
                #"{"handle":"a","type":"gift_registry"}"#,
                #"{"name":"A","type":"gift_registry"}"#,
                #"{"name":"A","handle":"a"}"#,
                #"{"name":"A","handle":"a","type":"gift_registry","allow_share":"yes"}"#,
                #"{"name":"A","handle":"a","type":"gift_registry","reservation_period":3}"#,
            ] {
                let refused = try await sandbox.request(.POST, "/lists/definitions", json: bad)
                #expect(refused.status == 422, "\(bad): \(refused.text)")
                #expect(try refused.decode(ErrorBody.self).message.isEmpty == false)
            }
            #expect(try await sandbox.request(.PUT, "/lists/definitions/999", json: "{}").status == 404)
            #expect(try await sandbox.request(.GET, "/lists/definitions/abc").status == 404)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func aListIsMadeFromADefinitionWhichItEmbeds(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let definition = try await sandbox.request(.POST, "/lists/definitions", json: Self.giftRegistry)
                .decode(DataEnvelope<ListDefinition>.self).data
            let created = try await sandbox.request(
                .POST, "/profiles/\(profile)/lists",
                json: #"{"name":"Our wedding","list_definition_id":\#(definition.id)}"#)
            #expect(created.status == 201, "\(created.text)")
            let list = try created.decode(DataEnvelope<ProfileList>.self).data
            #expect(list.listDefinitionID == definition.id)
            #expect(list.definition == definition)
            let shown = try await sandbox.request(.GET, "/profiles/\(profile)/lists/\(list.id)")
                .decode(DataEnvelope<ProfileList>.self).data
            #expect(shown.definition?.id == definition.id)

            let unknown = try await sandbox.request(
                .POST, "/profiles/\(profile)/lists", json: #"{"name":"Other","list_definition_id":999}"#)
            #expect(unknown.status == 422)
            #expect(try unknown.decode(ErrorBody.self).errors?["list_definition_id"] != nil)

            // Deleting the definition keeps the list, without a definition.
            #expect(try await sandbox.request(.DELETE, "/lists/definitions/\(definition.id)").status == 204)
            let kept = try await sandbox.request(.GET, "/profiles/\(profile)/lists/\(list.id)")
            #expect(kept.status == 200)
            let keptList = try kept.decode(DataEnvelope<ProfileList>.self).data
            #expect(keptList.listDefinitionID == nil && keptList.definition == nil)
        }
    }
}
