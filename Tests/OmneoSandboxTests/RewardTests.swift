import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

/// `/rewards/definitions`, `/rewards` and `/profiles/{id}/rewards` (`omneo-sdk` `src/types/rewards.ts`).
@Suite struct RewardTests {
    let profile = SandboxSeed.profileIDs[0]
    let other = SandboxSeed.profileIDs[1]

    @Test(arguments: SandboxHarness.stores)
    func seededRewardsAgreeWithTheBalanceAndShowTheirState(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let rewards = try await sandbox.request(.GET, "/profiles/\(profile)/rewards").decode(PageEnvelope<Reward>.self)
            #expect(rewards.meta.total == 2)
            let spend = try #require(rewards.data.first)
            #expect(spend.definition?.handle == "spend-reward")
            #expect(spend.isActive && !spend.isExpired)
            let birthday = try #require(rewards.data.last)
            #expect(birthday.isExpired && !birthday.isActive)
            #expect(birthday.issuedAt == "2025-11-01 00:00:00")
            #expect(birthday.issuedLocalAt == "2025-11-01 11:00:00")  // Melbourne, daylight saving
            let balances = try await sandbox.request(.GET, "/profiles/\(profile)/balances")
                .decode(DataEnvelope<ProfileBalances>.self).data
            #expect(rewards.data.reduce(0) { $0 + ($1.valueRemaining ?? 0) } == balances.rewardBalance)

            let birthdays = try await sandbox.request(.GET, "/profiles/\(profile)/rewards?filter[reward_definition_id]=1")
                .decode(PageEnvelope<Reward>.self)
            #expect(birthdays.data.map(\.id) == [birthday.id])
            #expect(
                try await sandbox.request(.GET, "/profiles/\(profile)/rewards?filter[reward_definition_id]=x").status
                    == 422)
            #expect(try await sandbox.request(.GET, "/profiles/\(other)/rewards/\(spend.id)").status == 404)
            let definitions = try await sandbox.request(.GET, "/rewards/definitions")
                .decode(PageEnvelope<RewardDefinition>.self)
            #expect(definitions.data.map(\.handle) == ["birthday-reward", "spend-reward"])
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func definitionsAndRewardsAreCreatedInLocalTimeAndDeleted(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let definitionJSON =
                #"{"name":"Test","handle":"test-reward","value":10,"period":30,"period_type":"days","type":"spend","is_assignable":true,"is_published":true}"#
            let created = try await sandbox.request(.POST, "/rewards/definitions", json: definitionJSON)
            #expect(created.status == 201, "\(created.text)")
            let definition = try created.decode(DataEnvelope<RewardDefinition>.self).data
            #expect(try await sandbox.request(.POST, "/rewards/definitions", json: definitionJSON).status == 422)
            #expect(
                try await sandbox.request(.POST, "/rewards/definitions", json: #"{"name":"x","type":"gift"}"#).status
                    == 422)

            let reward = try await sandbox.request(
                .POST, "/rewards",
                json: """
                    {"reward_definition_id":\(definition.id),"profile_id":"\(other)","value_initial":5,"value_remaining":5,
                     "issued_at":"2024-12-05 08:30:00","timezone":"Australia/Melbourne"}
                    """)
            #expect(reward.status == 201, "\(reward.text)")
            let issued = try reward.decode(DataEnvelope<Reward>.self).data
            #expect(issued.issuedAt == "2024-12-04 21:30:00")
            #expect(issued.issuedLocalAt == "2024-12-05 08:30:00")
            #expect(issued.expiresAt == "2025-01-03 21:30:00")  // the definition's 30 days
            #expect(issued.isExpired && !issued.isActive)
            #expect(issued.definition?.id == definition.id)

            let invalid = try await sandbox.request(
                .POST, "/rewards",
                json: #"{"reward_definition_id":999,"profile_id":"00000000-0000-4000-8000-000000000000","timezone":"Mars/Base"}"#)
            #expect(invalid.status == 422)
            #expect(invalid.text.contains("timezone"))
            let missing = try await sandbox.request(
                .POST, "/rewards", json: #"{"reward_definition_id":999,"profile_id":"00000000-0000-4000-8000-000000000000","timezone":"UTC"}"#)
            #expect(missing.status == 422)
            #expect(missing.text.contains("profile_id") && missing.text.contains("reward_definition_id"))
            let tooMuch = try await sandbox.request(.PUT, "/rewards/\(issued.id)", json: #"{"value_remaining":6}"#)
            #expect(tooMuch.status == 422)

            #expect(try await sandbox.request(.DELETE, "/rewards/\(issued.id)").status == 204)
            #expect(try await sandbox.request(.GET, "/rewards/\(issued.id)").status == 404)
            #expect(try await sandbox.request(.DELETE, "/rewards/definitions/\(definition.id)").status == 204)
            #expect(try await sandbox.request(.GET, "/rewards/definitions/\(definition.id)").status == 404)
        }
    }
}
