import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// Omneo's own ID scenarios for custom attributes (`omneo/omneo-sdk`
/// `src/tests/integration/id/profile/attributes/custom/*.test.ts`), one test per file: the
/// fixture through the sandbox's admin API (`PUT /profiles/{id}/attributes/custom/{ns}:{handle}`),
/// the ID calls through the gateway, the same assertions.
@Suite struct IDCustomAttributesScenarioTests {
    let profileID = SandboxSeed.magentoProfileID

    func createAttribute(_ live: LiveGateway, namespace: String, handle: String, value: String) async throws {
        let response = try await live.sandbox.request(
            .PUT, "/profiles/\(profileID)/attributes/custom/\(namespace):\(handle)",
            json: #"{"type":"string","value":"\#(value)"}"#)
        #expect(response.status == 200)
    }

    /// `id-get-profile-custom-attribute.test.ts`
    @Test func idGetProfileCustomAttribute() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            try await createAttribute(
                live, namespace: "sdk_unit_test_get_ns", handle: "sdk_unit_test_get_handle",
                value: "Omneo Sdk ID Profile custom attribute for Get")
            let target = try await client.me.customAttribute("sdk_unit_test_get_ns", "sdk_unit_test_get_handle")
            #expect(target.profileID?.rawValue == profileID)
            #expect(target.handle == "sdk_unit_test_get_handle")
            #expect(target.namespace == "sdk_unit_test_get_ns")
            #expect(target.type == .string)
            #expect(target.value == .string("Omneo Sdk ID Profile custom attribute for Get"))
        }
    }

    /// `id-list-profile-custom-attribute.test.ts`
    @Test func idListProfileCustomAttribute() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            try await createAttribute(
                live, namespace: "sdk_unit_test_list_ns", handle: "sdk_unit_test_list_handle",
                value: "Omneo Sdk ID Profile custom attribute for List")
            let filtered = try await client.me.customAttributes().filter { $0.handle == "sdk_unit_test_list_handle" }
            #expect(filtered.count > 0)
            let target = try #require(filtered.first)
            #expect(target.profileID?.rawValue == profileID)
            #expect(target.namespace == "sdk_unit_test_list_ns")
            #expect(target.type == .string)
            #expect(target.value == .string("Omneo Sdk ID Profile custom attribute for List"))
        }
    }

    /// `id-update-profile-custom-attribute.test.ts`
    @Test func idUpdateProfileCustomAttribute() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            try await createAttribute(
                live, namespace: "sdk_unit_test_update_ns", handle: "sdk_unit_test_update_handle",
                value: "Omneo Sdk ID Profile custom attribute for Update")
            let target = try await client.me.setCustomAttribute(
                "sdk_unit_test_update_ns", "sdk_unit_test_update_handle",
                CustomAttributeFields(type: .string, value: .string("sdk_unit_id_value_x1")))
            #expect(target.profileID?.rawValue == profileID)
            #expect(target.handle == "sdk_unit_test_update_handle")
            #expect(target.namespace == "sdk_unit_test_update_ns")
            #expect(target.type == .string)
            #expect(target.value == .string("sdk_unit_id_value_x1"))
        }
    }

    /// `id-delete-profile-custom-attribute.test.ts`
    @Test func idDeleteProfileCustomAttribute() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            try await createAttribute(
                live, namespace: "sdk_unit_test_delete_ns", handle: "sdk_unit_test_delete_handle",
                value: "Omneo Sdk ID Profile custom attribute for Delete")
            try await client.me.deleteCustomAttribute("sdk_unit_test_delete_ns", "sdk_unit_test_delete_handle")
            let after = try await live.sandbox.request(
                .GET, "/profiles/\(profileID)/attributes/custom/sdk_unit_test_delete_ns:sdk_unit_test_delete_handle")
            #expect(after.status == 404)
        }
    }
}
