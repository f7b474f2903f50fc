import Foundation
import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

/// `/profiles/{id}/lists/{list}/custom-fields` (`omneo-sdk` `src/types/custom-field.ts`) on
/// both stores.
@Suite struct ListCustomFieldTests {
    let profile = SandboxSeed.profileIDs[0]
    let other = SandboxSeed.profileIDs[1]

    func list(_ sandbox: SandboxHarness, of profileID: String) async throws -> Int {
        let created = try await sandbox.request(.POST, "/profiles/\(profileID)/lists", json: #"{"name":"Fields"}"#)
        #expect(created.status == 201, "\(created.text)")
        return try created.decode(DataEnvelope<ProfileList>.self).data.id
    }

    @Test(arguments: SandboxHarness.stores)
    func customFieldsAreCreatedFilteredUpdatedAndDeleted(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let listID = try await list(sandbox, of: profile)
            let base = "/profiles/\(profile)/lists/\(listID)/custom-fields"
            let created = try await sandbox.request(
                .POST, base,
                json: #"{"namespace":"gift","handle":"message","name":"Message","type":"string","value":"Hi"}"#)
            #expect(created.status == 201, "\(created.text)")
            let object = try JSONSerialization.jsonObject(with: created.body) as? [String: Any]
            let data = try #require(object?["data"] as? [String: Any])
            for key in ["id", "name", "namespace", "handle", "type", "value", "custom_fieldable_type", "created_at"] {
                #expect(data.keys.contains(key), "\(key)")
            }
            let field = try created.decode(DataEnvelope<CustomField>.self).data
            #expect(field.customFieldableType == "product_list" && field.customFieldableID == listID)
            let second = try await sandbox.request(
                .POST, base, json: #"{"namespace":"gift","handle":"budget","type":"float","value":250.5}"#)
            #expect(second.status == 201, "\(second.text)")

            let all = try await sandbox.request(.GET, base).decode(PageEnvelope<CustomField>.self)
            #expect(all.data.map(\.handle) == ["message", "budget"])
            let filtered = try await sandbox.request(.GET, base + "?filter[namespace]=gift&filter[handle]=budget")
                .decode(PageEnvelope<CustomField>.self)
            #expect(filtered.data.map(\.handle) == ["budget"] && filtered.data.first?.value == .number(250.5))

            let updated = try await sandbox.request(
                .PUT, base + "/gift:message", json: #"{"name":"Card","type":"json","value":{"text":"Hi"}}"#)
            #expect(updated.status == 200, "\(updated.text)")
            let changed = try updated.decode(DataEnvelope<CustomField>.self).data
            #expect(
                changed.name == "Card" && changed.type == .json && changed.value == .object(["text": .string("Hi")]))
            #expect(changed.namespace == "gift" && changed.handle == "message")

            #expect(try await sandbox.request(.DELETE, base + "/gift:message").status == 204)
            #expect(try await sandbox.request(.GET, base + "/gift:message").status == 404)
            #expect(try await sandbox.request(.DELETE, base + "/gift:message").status == 404)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func badFieldsAre422AndOtherProfilesListsAre404(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let listID = try await list(sandbox, of: profile)
            let base = "/profiles/\(profile)/lists/\(listID)/custom-fields"
            let field = #"{"namespace":"gift","handle":"count","type":"integer","value":2}"#
            #expect(try await sandbox.request(.POST, base, json: field).status == 201)
            for bad in [
                field,  // taken
                #"{"handle":"a","type":"string","value":"x"}"#,
                #"{"namespace":"n","type":"string","value":"x"}"#,
                #"{"namespace":"n","handle":"a","value":"x"}"#,
                #"{"namespace":"n","handle":"a","type":"string"}"#,
                #"{"namespace":"n","handle":"a","type":"integer","value":"x"}"#,
                #"{"namespace":"n","handle":"a","type":"integer","value":1.5}"#,
                #"{"namespace":"n","handle":"a","type":"colour","value":"red"}"#,
                #"{"namespace":"n:x","handle":"a","type":"string","value":"x"}"#,
            ] {
                let refused = try await sandbox.request(.POST, base, json: bad)
                #expect(refused.status == 422, "\(bad): \(refused.text)")
                #expect(try refused.decode(ErrorBody.self).message.isEmpty == false)
            }
            for bad in [#"{"handle":"other"}"#, #"{"type":"boolean"}"#, #"{"value":"two"}"#] {
                let refused = try await sandbox.request(.PUT, base + "/gift:count", json: bad)
                #expect(refused.status == 422, "\(bad): \(refused.text)")
            }
            #expect(try await sandbox.request(.GET, base + "/gift").status == 404)
            #expect(try await sandbox.request(.GET, "/profiles/\(other)/lists/\(listID)/custom-fields").status == 404)
            #expect(
                try await sandbox.request(.POST, "/profiles/\(other)/lists/\(listID)/custom-fields", json: field)
                    .status == 404)
            // Deleting the list deletes its fields.
            #expect(try await sandbox.request(.DELETE, "/profiles/\(profile)/lists/\(listID)").status == 204)
            #expect(try await sandbox.request(.GET, base).status == 404)
        }
    }
}
