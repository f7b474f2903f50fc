extension AchievementDefinitionRecord: PostgresSerialRecord {
    static var tableName: String { "achievement_definitions" }
}

extension AchievementPointRecord: PostgresSerialRecord {
    static var tableName: String { "achievement_points" }
}

extension PostgresSandboxStore {
    func achievementDefinitions(page request: PageRequest) async throws -> StorePage<AchievementDefinitionRecord> {
        try await page(AchievementDefinitionRecord.self, [], request)
    }

    func achievementDefinition(id: Int) async throws -> AchievementDefinitionRecord? {
        try await record(AchievementDefinitionRecord.self, [.equals(column: "id", value: .integer(id))])
    }

    func insertAchievementDefinition(_ record: AchievementDefinitionRecord) async throws -> AchievementDefinitionRecord {
        try await insert(record)
    }

    func updateAchievementDefinition(
        id: Int, _ change: @escaping @Sendable (inout AchievementDefinitionRecord) throws -> Void
    ) async throws -> AchievementDefinitionRecord? {
        try await update(AchievementDefinitionRecord.self, [.equals(column: "id", value: .integer(id))], change)
    }

    func deleteAchievementDefinition(id: Int) async throws -> Bool {
        try await delete(AchievementDefinitionRecord.self, [.equals(column: "id", value: .integer(id))])
    }

    func achievementPoints(_ query: StoreQuery) async throws -> StorePage<AchievementPointRecord> {
        try await page(AchievementPointRecord.self, query.conditions, sort: query.sort, query.page)
    }

    func insertAchievementPoint(_ record: AchievementPointRecord) async throws -> AchievementPointRecord {
        try await insert(record)
    }
}
