extension PostgresSandboxStore {
    func rewardDefinition(handle: String) async throws -> RewardDefinitionRecord? {
        try await record(RewardDefinitionRecord.self, [.equals(column: "handle", value: .text(handle))])
    }
}
