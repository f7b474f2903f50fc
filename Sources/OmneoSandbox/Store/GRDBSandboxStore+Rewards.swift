import GRDB

extension GRDBSandboxStore {
    func rewardDefinitions(page: PageRequest) async throws -> StorePage<RewardDefinitionRecord> {
        try await read { db in try Self.page(RewardDefinitionRecord.order(Column("id")), page, db) }
    }

    func rewardDefinitions(ids: [Int]) async throws -> [RewardDefinitionRecord] {
        try await read { db in
            try RewardDefinitionRecord.filter(ids.contains(Column("id"))).order(Column("id")).fetchAll(db)
        }
    }

    func rewardDefinition(id: Int) async throws -> RewardDefinitionRecord? {
        try await read { db in try RewardDefinitionRecord.filter(key: id).fetchOne(db) }
    }

    func insertRewardDefinition(_ record: RewardDefinitionRecord) async throws -> RewardDefinitionRecord {
        try await insert(record)
    }

    func updateRewardDefinition(
        id: Int, _ change: @escaping @Sendable (inout RewardDefinitionRecord) throws -> Void
    ) async throws -> RewardDefinitionRecord? {
        try await update(RewardDefinitionRecord.filter(key: id), change)
    }

    func deleteRewardDefinition(id: Int) async throws -> Bool {
        try await delete(RewardDefinitionRecord.filter(key: id))
    }

    func rewards(_ query: StoreQuery) async throws -> StorePage<RewardRecord> {
        try await read { db in
            try Self.page(Self.applying(query, to: RewardRecord.all(), tiebreak: "id"), query.page, db)
        }
    }

    func reward(id: Int) async throws -> RewardRecord? {
        try await read { db in try RewardRecord.filter(key: id).fetchOne(db) }
    }

    func insertReward(_ record: RewardRecord) async throws -> RewardRecord {
        try await insert(record)
    }

    func updateReward(id: Int, _ change: @escaping @Sendable (inout RewardRecord) throws -> Void) async throws
        -> RewardRecord?
    {
        try await update(RewardRecord.filter(key: id), change)
    }

    func deleteReward(id: Int) async throws -> Bool {
        try await delete(RewardRecord.filter(key: id))
    }
}
