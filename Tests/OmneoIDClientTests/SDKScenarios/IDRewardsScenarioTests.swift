import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// Omneo's own ID scenarios for rewards (`omneo/omneo-sdk`
/// `src/tests/integration/id/profile/rewards/*.test.ts`), one test per file: the same
/// fixtures through the sandbox's admin API (`POST /rewards/definitions`, `POST /rewards`),
/// the same ID calls through the gateway, the same assertions, the same clean-up (204s).
@Suite struct IDRewardsScenarioTests {
    let profileID = SandboxSeed.magentoProfileID

    /// The fixtures both scenarios create: a definition, and a reward of it issued in Melbourne.
    func createReward(_ live: LiveGateway, handle: String) async throws -> (definitionID: Int, reward: Reward) {
        let definition = try await live.sandbox.request(
            .POST, "/rewards/definitions",
            json: """
                {"name":"sdk_unit_test_reward_definition_name_\(handle)","handle":"\(handle)","value":10,"period":30,
                 "period_type":"days","type":"spend","is_assignable":true,"is_published":true}
                """)
        #expect(definition.status == 201, "\(definition.text)")
        let definitionID = try definition.decode(DataEnvelope<RewardDefinition>.self).data.id
        let reward = try await live.sandbox.request(
            .POST, "/rewards",
            json: """
                {"reward_definition_id":\(definitionID),"profile_id":"\(profileID)","value_initial":5,"value_remaining":5,
                 "expires_at":"2024-12-06 08:30:00","issued_at":"2024-12-05 08:30:00","timezone":"Australia/Melbourne"}
                """)
        #expect(reward.status == 201, "\(reward.text)")
        return (definitionID, try reward.decode(DataEnvelope<Reward>.self).data)
    }

    /// What both scenarios assert of the reward the ID API answers; `convertToUTC` of
    /// `2024-12-05 08:30:00` in Melbourne is `2024-12-04 21:30:00`.
    func expectFixture(_ reward: Reward?, definitionID: Int) {
        #expect(reward != nil)
        #expect(reward?.definition?.id == definitionID)
        #expect(reward?.profileID == profileID)
        #expect(reward?.valueInitial == 5)
        #expect(reward?.valueRemaining == 5)
        #expect(reward?.issuedAt == "2024-12-04 21:30:00")
        #expect(reward?.timezone == "Australia/Melbourne")
    }

    func cleanUp(_ live: LiveGateway, definitionID: Int, rewardID: Int) async throws {
        #expect(try await live.sandbox.request(.DELETE, "/rewards/\(rewardID)").status == 204)
        #expect(try await live.sandbox.request(.DELETE, "/rewards/definitions/\(definitionID)").status == 204)
    }

    /// `id-list-profile-rewards.test.ts`
    @Test func idListProfileRewards() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            let (definitionID, target) = try await createReward(live, handle: "sdk_unit_test_reward_list")
            let rewards = try await client.me.rewards(definitionID: definitionID)
            #expect(rewards.data.count > 0)
            expectFixture(rewards.data.first { $0.definition?.id == definitionID }, definitionID: definitionID)
            try await cleanUp(live, definitionID: definitionID, rewardID: target.id)
        }
    }

    /// `id-get-profile-reward-by-id.test.ts`
    @Test func idGetProfileRewardByID() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            let (definitionID, target) = try await createReward(live, handle: "sdk_unit_test_reward_get")
            expectFixture(try await client.me.reward(target.id), definitionID: definitionID)
            try await cleanUp(live, definitionID: definitionID, rewardID: target.id)
        }
    }
}
