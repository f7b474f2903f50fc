extension PostgresSandboxStore {
    func rewardDefinitions(page request: PageRequest) async throws -> StorePage<RewardDefinitionRecord> {
        try await page(RewardDefinitionRecord.self, [], request)
    }

    func rewardDefinitions(ids: [Int]) async throws -> [RewardDefinitionRecord] {
        try await records(RewardDefinitionRecord.self, where: "id", in: ids)
    }

    func rewardDefinition(id: Int) async throws -> RewardDefinitionRecord? {
        try await record(RewardDefinitionRecord.self, [.equals(column: "id", value: .integer(id))])
    }

    func insertRewardDefinition(_ record: RewardDefinitionRecord) async throws -> RewardDefinitionRecord {
        try await insert(record)
    }

    func updateRewardDefinition(
        id: Int, _ change: @escaping @Sendable (inout RewardDefinitionRecord) throws -> Void
    ) async throws -> RewardDefinitionRecord? {
        try await update(RewardDefinitionRecord.self, [.equals(column: "id", value: .integer(id))], change)
    }

    func deleteRewardDefinition(id: Int) async throws -> Bool {
        try await delete(RewardDefinitionRecord.self, [.equals(column: "id", value: .integer(id))])
    }

    func rewards(_ query: StoreQuery) async throws -> StorePage<RewardRecord> {
        try await page(RewardRecord.self, query.conditions, sort: query.sort, query.page)
    }

    func reward(id: Int) async throws -> RewardRecord? {
        try await record(RewardRecord.self, [.equals(column: "id", value: .integer(id))])
    }

    func insertReward(_ record: RewardRecord) async throws -> RewardRecord {
        try await insert(record)
    }

    func updateReward(id: Int, _ change: @escaping @Sendable (inout RewardRecord) throws -> Void) async throws
        -> RewardRecord?
    {
        try await update(RewardRecord.self, [.equals(column: "id", value: .integer(id))], change)
    }

    func deleteReward(id: Int) async throws -> Bool {
        try await delete(RewardRecord.self, [.equals(column: "id", value: .integer(id))])
    }
}
