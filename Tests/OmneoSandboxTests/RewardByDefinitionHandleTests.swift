import Foundation
import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

/// `POST /rewards` naming the definition by `reward_definition_handle` (`omneo-sdk`
/// `src/types/rewards.ts`, `RequestCreateReward`, `BatchRewardJsonItem`) instead of its id.
@Suite struct RewardByDefinitionHandleTests {
    let profile = SandboxSeed.profileIDs[1]

    @Test(arguments: SandboxHarness.stores)
    func aRewardIsIssuedUnderTheDefinitionWithThatHandle(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let created = try await sandbox.request(
                .POST, "/rewards",
                json: #"{"reward_definition_handle":"spend-reward","profile_id":"\#(profile)","timezone":"UTC"}"#)
            #expect(created.status == 201, "\(created.text)")
            let reward = try created.decode(DataEnvelope<Reward>.self).data
            #expect(reward.definition?.handle == "spend-reward")
            #expect(reward.valueInitial == 20)  // the definition's value

            let unknown = try await sandbox.request(
                .POST, "/rewards",
                json: #"{"reward_definition_handle":"no-such-reward","profile_id":"\#(profile)","timezone":"UTC"}"#)
            #expect(unknown.status == 422)
            #expect((try unknown.object()["errors"] as? [String: Any])?.keys.contains("reward_definition_handle") == true)

            let neither = try await sandbox.request(
                .POST, "/rewards", json: #"{"profile_id":"\#(profile)","timezone":"UTC"}"#)
            #expect(neither.status == 422)
            #expect((try neither.object()["errors"] as? [String: Any])?.keys.contains("reward_definition_id") == true)
        }
    }
}
