import GRDB

extension GRDBSandboxStore {
    func tierDefinitions() async throws -> [TierDefinitionRecord] {
        try await read { db in try TierDefinitionRecord.order(Column("id")).fetchAll(db) }
    }

    func tierDefinition(id: Int) async throws -> TierDefinitionRecord? {
        try await read { db in try TierDefinitionRecord.filter(key: id).fetchOne(db) }
    }

    func insertTierDefinition(_ record: TierDefinitionRecord) async throws -> TierDefinitionRecord {
        try await insert(record)
    }

    func updateTierDefinition(id: Int, _ change: @escaping @Sendable (inout TierDefinitionRecord) throws -> Void)
        async throws -> TierDefinitionRecord?
    {
        try await update(TierDefinitionRecord.filter(key: id), change)
    }

    func deleteTierDefinition(id: Int) async throws -> Bool {
        try await delete(TierDefinitionRecord.filter(key: id))
    }

    func profileTier(profileID: String) async throws -> ProfileTierRecord? {
        try await read { db in try ProfileTierRecord.filter(Column("profile_id") == profileID).fetchOne(db) }
    }

    func insertProfileTier(_ record: ProfileTierRecord) async throws -> ProfileTierRecord {
        try await insert(record)
    }

    func updateProfileTier(profileID: String, _ change: @escaping @Sendable (inout ProfileTierRecord) throws -> Void)
        async throws -> ProfileTierRecord?
    {
        try await update(ProfileTierRecord.filter(Column("profile_id") == profileID), change)
    }
}
