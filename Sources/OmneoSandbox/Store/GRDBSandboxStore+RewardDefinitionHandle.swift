import GRDB

extension GRDBSandboxStore {
    func rewardDefinition(handle: String) async throws -> RewardDefinitionRecord? {
        try await read { db in try RewardDefinitionRecord.filter(Column("handle") == handle).fetchOne(db) }
    }
}
