import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// Omneo's own ID scenarios for list custom fields (`omneo/omneo-sdk`
/// `src/tests/integration/id/profile/lists/custom-fields/*.test.ts`), one test per file: a
/// definition and a list through the admin API, the custom field through the admin API
/// (`POST /profiles/{id}/lists/{list}/custom-fields`) except in the create scenario, the ID
/// call through the gateway, the same assertions.
@Suite struct IDListCustomFieldsScenarioTests {
    let profileID = SandboxSeed.magentoProfileID

    /// The SDK's `payload3`.
    static func payload() -> CustomFieldFields {
        CustomFieldFields(
            namespace: SDKListFixture.random("sdk_unit_test_custom_field_namespace"),
            handle: SDKListFixture.random("sdk_unit_test_custom_field_handle"),
            name: SDKListFixture.random("sdk_unit_test_custom_field_name"), type: .string,
            value: .string(SDKListFixture.random("sdk_unit_test_custom_field_value")))
    }

    func createField(_ live: LiveGateway, listID: Int, _ fields: CustomFieldFields) async throws {
        let body = String(decoding: try JSONEncoder().encode(fields), as: UTF8.self)
        let created = try await live.sandbox.request(
            .POST, "/profiles/\(profileID)/lists/\(listID)/custom-fields", json: body)
        #expect(created.status == 201, "\(created.text)")
    }

    func expect(_ field: CustomField, _ payload: CustomFieldFields, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(field.name == payload.name, sourceLocation: sourceLocation)
        #expect(field.namespace == payload.namespace, sourceLocation: sourceLocation)
        #expect(field.handle == payload.handle, sourceLocation: sourceLocation)
        #expect(field.value == payload.value, sourceLocation: sourceLocation)
        #expect(field.type == payload.type, sourceLocation: sourceLocation)
    }

    /// `id-create-profile-list-custom-field.test.ts`
    @Test func idCreateProfileListCustomField() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            let listID = try await SDKListFixture.list(live, profileID: profileID)
            let payload = Self.payload()
            let field = try await client.me.createCustomField(payload, on: .id(listID))
            expect(field, payload)
        }
    }

    /// `id-get-profile-list-custom-field.test.ts`
    @Test func idGetProfileListCustomField() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            let listID = try await SDKListFixture.list(live, profileID: profileID)
            let payload = Self.payload()
            try await createField(live, listID: listID, payload)
            let field = try await client.me.customField(payload.namespace!, payload.handle!, of: .id(listID))
            expect(field, payload)
        }
    }

    /// `id-list-profile-list-custom-fields.test.ts`
    @Test func idListProfileListCustomFields() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            let listID = try await SDKListFixture.list(live, profileID: profileID)
            let other = Self.payload()
            try await createField(live, listID: listID, other)
            let payload = Self.payload()
            try await createField(live, listID: listID, payload)
            let fields = try await client.me.customFields(
                of: .id(listID), namespace: payload.namespace, handle: payload.handle
            ).data
            #expect(fields.count > 0)
            expect(try #require(fields.first), payload)
            #expect(fields.count == 1)
        }
    }

    /// `id-update-profile-list-custom-field.test.ts`
    @Test func idUpdateProfileListCustomField() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            let listID = try await SDKListFixture.list(live, profileID: profileID)
            let payload = Self.payload()
            try await createField(live, listID: listID, payload)
            let change = CustomFieldFields(
                name: SDKListFixture.random("sdk_unit_test_custom_field_name"), type: .string,
                value: .string(SDKListFixture.random("sdk_unit_test_custom_field_value")))
            let field = try await client.me.updateCustomField(
                payload.namespace!, payload.handle!, of: .id(listID), change)
            #expect(field.namespace == payload.namespace)
            #expect(field.handle == payload.handle)
            #expect(field.name == change.name)
            #expect(field.value == change.value)
            #expect(field.type == change.type)
        }
    }

    /// `id-delete-profile-list-custom-field.test.ts`
    @Test func idDeleteProfileListCustomField() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            let listID = try await SDKListFixture.list(live, profileID: profileID)
            let payload = Self.payload()
            try await createField(live, listID: listID, payload)
            try await client.me.deleteCustomField(payload.namespace!, payload.handle!, of: .id(listID))
            let after = try await live.sandbox.request(
                .GET, "/profiles/\(profileID)/lists/\(listID)/custom-fields/\(payload.namespace!):\(payload.handle!)")
            #expect(after.status == 404)
        }
    }
}
