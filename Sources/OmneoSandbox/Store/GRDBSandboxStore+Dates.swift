import GRDB

extension GRDBSandboxStore {
    func dates(profileIDs: [String]) async throws -> [ProfileDateRecord] {
        try await read { db in
            try ProfileDateRecord.filter(profileIDs.contains(Column("profile_id"))).order(Column("id")).fetchAll(db)
        }
    }

    func date(profileID: String, _ key: ResourceKey) async throws -> ProfileDateRecord? {
        try await read { db in try Self.dateRequest(profileID, key).fetchOne(db) }
    }

    func insertDate(_ record: ProfileDateRecord) async throws -> ProfileDateRecord {
        try await insert(record)
    }

    func updateDate(
        profileID: String, _ key: ResourceKey, _ change: @escaping @Sendable (inout ProfileDateRecord) throws -> Void
    ) async throws -> ProfileDateRecord? {
        try await update(Self.dateRequest(profileID, key), change)
    }

    func deleteDate(profileID: String, _ key: ResourceKey) async throws -> Bool {
        try await delete(Self.dateRequest(profileID, key))
    }

    static func dateRequest(_ profileID: String, _ key: ResourceKey) -> QueryInterfaceRequest<ProfileDateRecord> {
        scopedRequest(ProfileDateRecord.self, profileID, key)
    }
}
