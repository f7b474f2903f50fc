import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

/// `/profiles/{id}/attributes/custom[/{namespace}:{handle}]` with the shapes of `omneo-sdk`
/// `src/types/profile/custom-attribute.ts`.
@Suite struct CustomAttributeTests {
    let profile = SandboxSeed.profileIDs[0]
    let other = SandboxSeed.profileIDs[1]

    @Test(arguments: SandboxHarness.stores)
    func seededAttributesAreListedWithTypedValues(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let attributes = try await sandbox.request(.GET, "/profiles/\(profile)/attributes/custom")
                .decode(DataEnvelope<[CustomAttribute]>.self).data
            #expect(attributes.count == 3)
            #expect(attributes.allSatisfy { $0.profileID?.rawValue == profile && $0.type.accepts($0.value) })
            let fit = try #require(attributes.first { $0.namespace == "preferences" && $0.handle == "fit" })
            #expect(fit.type == .json)
            #expect(fit.value == .object(["shirt": .string("slim"), "trouser": .string("regular")]))
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func putCreatesThenReplacesGetAndDeleteByNamespaceAndHandle(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let path = "/profiles/\(profile)/attributes/custom/sdk:colour"
            #expect(try await sandbox.request(.GET, path).status == 404)
            let created = try await sandbox.request(.PUT, path, json: #"{"type":"string","value":"teal"}"#)
            #expect(created.status == 200)
            let attribute = try created.decode(DataEnvelope<CustomAttribute>.self).data
            #expect([attribute.namespace, attribute.handle] == ["sdk", "colour"])
            #expect(attribute.value == .string("teal"))

            // the type is kept when only the value is sent
            let replaced = try await sandbox.request(.PUT, path, json: #"{"value":"navy"}"#)
            #expect(try replaced.decode(DataEnvelope<CustomAttribute>.self).data.value == .string("navy"))
            #expect(try await sandbox.request(.GET, "/profiles/\(profile)/attributes/custom/sdk%3Acolour").status == 200)
            #expect(try await sandbox.request(.GET, "/profiles/\(other)/attributes/custom/sdk:colour").status == 404)

            #expect(try await sandbox.request(.DELETE, path).status == 204)
            #expect(try await sandbox.request(.GET, path).status == 404)
            #expect(try await sandbox.request(.DELETE, path).status == 404)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func valuesMustMatchTheirType(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let path = "/profiles/\(profile)/attributes/custom/sdk:count"
            for body in [
                #"{"type":"integer","value":"seven"}"#, #"{"type":"boolean","value":1}"#, #"{"type":"date","value":"x"}"#,
                #"{"value":7}"#, #"{"type":"string","value":null}"#, #"{"type":"string","value":"x","extra":1}"#,
            ] {
                let response = try await sandbox.request(.PUT, path, json: body)
                #expect(response.status == 422, "\(body)")
            }
            #expect(try await sandbox.request(.PUT, path, json: #"{"type":"integer","value":7}"#).status == 200)
            #expect(try await sandbox.request(.PUT, "/profiles/\(profile)/attributes/custom/nocolon", json: "{}").status == 404)
            #expect(try await sandbox.request(.PUT, "/profiles/nobody/attributes/custom/a:b", json: #"{"type":"string","value":"x"}"#).status == 404)
        }
    }
}
