extension PostgresSandboxStore {
    func dates(profileIDs: [String]) async throws -> [ProfileDateRecord] {
        try await records(ProfileDateRecord.self, where: "profile_id", in: profileIDs)
    }

    func date(profileID: String, _ key: ResourceKey) async throws -> ProfileDateRecord? {
        try await record(ProfileDateRecord.self, Self.scoped(profileID, key))
    }

    func insertDate(_ record: ProfileDateRecord) async throws -> ProfileDateRecord {
        try await insert(record)
    }

    func updateDate(
        profileID: String, _ key: ResourceKey, _ change: @escaping @Sendable (inout ProfileDateRecord) throws -> Void
    ) async throws -> ProfileDateRecord? {
        try await update(ProfileDateRecord.self, Self.scoped(profileID, key), change)
    }

    func deleteDate(profileID: String, _ key: ResourceKey) async throws -> Bool {
        try await delete(ProfileDateRecord.self, Self.scoped(profileID, key))
    }
}
