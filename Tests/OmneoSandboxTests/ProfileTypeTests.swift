import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

/// `PUT /profiles/{id}/update-type` (`omneo-sdk` `src/id/resources/profile`, `updateType`).
@Suite struct ProfileTypeTests {
    let profile = SandboxSeed.profileIDs[2]

    @Test(arguments: SandboxHarness.stores)
    func theTypeIsStoredAndAnsweredWithTheProfile(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let before = try await sandbox.request(.GET, "/profiles/\(profile)").decode(DataEnvelope<Profile>.self)
            #expect(before.data.profileType == .active)
            let changed = try await sandbox.request(
                .PUT, "/profiles/\(profile)/update-type", json: #"{"profile_type":"pending"}"#)
            #expect(changed.status == 200, "\(changed.text)")
            let answered = try changed.decode(DataEnvelope<Profile>.self).data
            #expect(answered.profileType == .pending)
            let after = try await sandbox.request(.GET, "/profiles/\(profile)").decode(DataEnvelope<Profile>.self)
            #expect(after.data.profileType == .pending)
            for json in [#"{"profile_type":"vip"}"#, "{}", #"{"profile_type":"active","tags":[]}"#] {
                #expect(try await sandbox.request(.PUT, "/profiles/\(profile)/update-type", json: json).status == 422)
            }
            #expect(
                try await sandbox.request(
                    .PUT, "/profiles/00000000-0000-4000-8000-000000000000/update-type",
                    json: #"{"profile_type":"active"}"#
                ).status == 404)
        }
    }
}
