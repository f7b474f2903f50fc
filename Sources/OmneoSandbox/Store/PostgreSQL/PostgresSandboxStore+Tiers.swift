extension PostgresSandboxStore {
    func tierDefinitions() async throws -> [TierDefinitionRecord] {
        try await read { connection in
            var sql = Self.select(TierDefinitionRecord.self, [])
            sql.append(" ORDER BY id")
            return try await fetchAll(sql, on: connection)
        }
    }

    func tierDefinition(id: Int) async throws -> TierDefinitionRecord? {
        try await record(TierDefinitionRecord.self, [.equals(column: "id", value: .integer(id))])
    }

    func insertTierDefinition(_ record: TierDefinitionRecord) async throws -> TierDefinitionRecord {
        try await insert(record)
    }

    func updateTierDefinition(id: Int, _ change: @escaping @Sendable (inout TierDefinitionRecord) throws -> Void)
        async throws -> TierDefinitionRecord?
    {
        try await update(TierDefinitionRecord.self, [.equals(column: "id", value: .integer(id))], change)
    }

    func deleteTierDefinition(id: Int) async throws -> Bool {
        try await delete(TierDefinitionRecord.self, [.equals(column: "id", value: .integer(id))])
    }

    func profileTier(profileID: String) async throws -> ProfileTierRecord? {
        try await record(ProfileTierRecord.self, [.equals(column: "profile_id", value: .text(profileID))])
    }

    func insertProfileTier(_ record: ProfileTierRecord) async throws -> ProfileTierRecord {
        try await insert(record)
    }

    func updateProfileTier(profileID: String, _ change: @escaping @Sendable (inout ProfileTierRecord) throws -> Void)
        async throws -> ProfileTierRecord?
    {
        try await update(ProfileTierRecord.self, [.equals(column: "profile_id", value: .text(profileID))], change)
    }
}
