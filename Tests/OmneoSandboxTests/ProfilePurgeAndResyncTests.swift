import Foundation
import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

/// `DELETE /profiles/{id}/purge` and `GET /profiles/{id}/resync`.
@Suite struct ProfilePurgeAndResyncTests {
    let profile = SandboxSeed.profileIDs[1]

    @Test(arguments: SandboxHarness.stores)
    func resyncAnswersTheProfileAndPurgeErasesIt(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let resynced = try await sandbox.request(.GET, "/profiles/\(profile)/resync")
            #expect(resynced.status == 200)
            #expect(try resynced.decode(DataEnvelope<Profile>.self).data.id.rawValue == profile)
            #expect(try await sandbox.request(.DELETE, "/profiles/\(profile)/purge").status == 204)
            #expect(try await sandbox.request(.GET, "/profiles/\(profile)").status == 404)
            #expect(try await sandbox.request(.GET, "/profiles/\(profile)/transactions").status == 404)
            #expect(try await sandbox.request(.DELETE, "/profiles/\(profile)/purge").status == 404)
            #expect(try await sandbox.request(.GET, "/profiles/\(profile)/resync").status == 404)
        }
    }
}
