import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// Omneo's own ID scenario `src/tests/integration/id/profile/update-type/update-type.test.ts`
/// (`omneo/omneo-sdk`): `PUT /profiles/me/update-type {"profile_type": "active"}` answers the
/// profile with that type. Changing the profile type is a write the default profile policy
/// refuses: it runs with `OMNEO_ID_PROFILE_POLICY=open`.
@Suite struct IDUpdateTypeScenarioTests {
    @Test func idUpdateProfileType() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let (client, _) = live.appClient(for: SandboxSeed.magentoProfileID)
            let answer = try await client.me.send(method: .put, path: "update-type", json: ["profile_type": "active"])
            let updated = try answer.data(Profile.self)
            #expect(updated.profileType == .active)

            _ = try await client.me.send(method: .put, path: "update-type", json: ["profile_type": "temporary"])
            let temporary = try await client.me.get()
            #expect(temporary.profileType == .temporary)
            let invalid = await omneoError {
                _ = try await client.me.send(method: .put, path: "update-type", json: ["profile_type": "vip"])
            }
            #expect(invalid?.status == 422)
        }
    }

    /// Under the default policy the same call is refused and the type is unchanged.
    @Test func theDefaultPolicyRefusesUpdatingTheType() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: SandboxSeed.magentoProfileID)
            let error = await omneoError {
                _ = try await client.me.send(method: .put, path: "update-type", json: ["profile_type": "deleted"])
            }
            #expect(error?.status == 403)
            let unchanged = try await client.me.get()
            #expect(unchanged.profileType == .active)
        }
    }
}
