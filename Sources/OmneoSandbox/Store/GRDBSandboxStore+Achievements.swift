import GRDB

extension AchievementDefinitionRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "achievement_definitions"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}

extension AchievementPointRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "achievement_points"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}

extension GRDBSandboxStore {
    func achievementDefinitions(page: PageRequest) async throws -> StorePage<AchievementDefinitionRecord> {
        try await read { db in try Self.page(AchievementDefinitionRecord.order(Column("id")), page, db) }
    }

    func achievementDefinition(id: Int) async throws -> AchievementDefinitionRecord? {
        try await read { db in try AchievementDefinitionRecord.filter(Column("id") == id).fetchOne(db) }
    }

    func insertAchievementDefinition(_ record: AchievementDefinitionRecord) async throws -> AchievementDefinitionRecord {
        try await insert(record)
    }

    func updateAchievementDefinition(
        id: Int, _ change: @escaping @Sendable (inout AchievementDefinitionRecord) throws -> Void
    ) async throws -> AchievementDefinitionRecord? {
        try await update(AchievementDefinitionRecord.filter(Column("id") == id), change)
    }

    func deleteAchievementDefinition(id: Int) async throws -> Bool {
        try await delete(AchievementDefinitionRecord.filter(Column("id") == id))
    }

    func achievementPoints(_ query: StoreQuery) async throws -> StorePage<AchievementPointRecord> {
        try await read { db in
            try Self.page(Self.applying(query, to: AchievementPointRecord.all(), tiebreak: "id"), query.page, db)
        }
    }

    func insertAchievementPoint(_ record: AchievementPointRecord) async throws -> AchievementPointRecord {
        try await insert(record)
    }
}
