import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// What `omneo-sdk`'s ID client does with `profile.resync()` (`GET /profiles/me/resync`) and
/// `profile.purge()` (`DELETE /profiles/me/purge`); the SDK has no ID test file for them.
/// Purging is a write the default profile policy refuses: these run with
/// `OMNEO_ID_PROFILE_POLICY=open`.
@Suite struct IDPurgeAndResyncScenarioTests {
    let profileID = SandboxSeed.profileIDs[2]

    @Test func idResyncThenPurge() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let (client, _) = live.appClient(for: profileID)
            let resynced = try await client.me.resync()
            #expect(resynced.id.rawValue == profileID)
            try await client.me.purge()
            let gone = try await live.sandbox.request(.GET, "/profiles/\(profileID)")
            #expect(gone.status == 404)
        }
    }

    /// Under the default policy purging is refused and the profile stays.
    @Test func theDefaultPolicyRefusesPurging() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            let error = await omneoError { try await client.me.purge() }
            #expect(error?.status == 403)
            let kept = try await live.sandbox.request(.GET, "/profiles/\(profileID)")
            #expect(kept.status == 200)
        }
    }

    /// Under the default policy resync (a GET Omneo answers by re-sending the profile to the
    /// tenant's integrations) is refused.
    @Test func theDefaultPolicyRefusesResync() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            let error = await omneoError { _ = try await client.me.resync() }
            #expect(error?.status == 403)
        }
    }
}
