import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

/// `GET|PUT /profiles/{id}/attributes/appearance` (`omneo-sdk` `src/types/profile.ts`, `ProfileAppearance`).
@Suite struct AppearanceTests {
    let profile = SandboxSeed.profileIDs[0]

    @Test(arguments: SandboxHarness.stores)
    func putChangesOnlyTheFieldsSentAndNullClears(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let path = "/profiles/\(profile)/attributes/appearance"
            let seeded = try await sandbox.request(.GET, path).decode(DataEnvelope<ProfileAppearance>.self).data
            #expect(seeded.profileID == profile)
            #expect(seeded["size_shoe"] != nil)
            #expect(seeded["eye_colour"] == "Brown")

            let response = try await sandbox.request(.PUT, path, json: #"{"size_shoe":"10","eye_colour":null,"hair_length":"Long"}"#)
            #expect(response.status == 200)
            let updated = try response.decode(DataEnvelope<ProfileAppearance>.self).data
            #expect(updated["size_shoe"] == "10")
            #expect(updated["eye_colour"] == nil)
            #expect(updated["hair_length"] == "Long")
            #expect(updated["size_top"] == seeded["size_top"])  // not sent, unchanged

            let embedded = try await sandbox.request(.GET, "/profiles/\(profile)")
                .decode(DataEnvelope<Profile>.self).data.attributes.appearance
            #expect(embedded == updated)

            let invalid = try await sandbox.request(.PUT, path, json: #"{"size_shoe":10,"wing_span":"2m","profile_id":"x"}"#)
            #expect(invalid.status == 422)
            #expect(try invalid.decode(ErrorBody.self).errors?.keys.sorted() == ["profile_id", "size_shoe", "wing_span"])
            #expect(try await sandbox.request(.GET, "/profiles/nobody/attributes/appearance").status == 404)
        }
    }
}
