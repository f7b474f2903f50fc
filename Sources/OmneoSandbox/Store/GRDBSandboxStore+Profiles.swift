import GRDB

extension GRDBSandboxStore {
    func profiles(_ query: StoreQuery) async throws -> StorePage<ProfileRecord> {
        try await read { db in
            let request = Self.applying(query, to: ProfileRecord.all(), tiebreak: "id")
            return try Self.page(request, query.page, db)
        }
    }

    func profile(id: String) async throws -> ProfileRecord? {
        try await read { db in try ProfileRecord.fetchOne(db, key: id) }
    }

    func profileID(identityHandle handle: String, identifier: String) async throws -> String? {
        try await read { db in
            try IdentityRecord.filter(Column("handle") == handle && Column("identifier") == identifier)
                .fetchOne(db)?.profileID
        }
    }

    func insertProfile(_ record: ProfileRecord) async throws {
        try await write { db in try record.insert(db) }
    }

    func updateProfile(id: String, _ change: @escaping @Sendable (inout ProfileRecord) throws -> Void) async throws
        -> ProfileRecord?
    {
        try await update(ProfileRecord.filter(key: id), change)
    }

    func deleteProfile(id: String) async throws -> Bool {
        try await delete(ProfileRecord.filter(key: id))
    }

    // MARK: Identities

    func identities(profileIDs: [String]) async throws -> [IdentityRecord] {
        try await read { db in
            try IdentityRecord.filter(profileIDs.contains(Column("profile_id"))).order(Column("id")).fetchAll(db)
        }
    }

    func identities(profileID: String, page: PageRequest) async throws -> StorePage<IdentityRecord> {
        try await read { db in
            try Self.page(IdentityRecord.filter(Column("profile_id") == profileID).order(Column("id")), page, db)
        }
    }

    func identity(profileID: String, _ key: ResourceKey) async throws -> IdentityRecord? {
        try await read { db in try Self.identityRequest(profileID, key).fetchOne(db) }
    }

    func insertIdentity(_ record: IdentityRecord) async throws -> IdentityRecord {
        try await insert(record)
    }

    func updateIdentity(
        profileID: String, _ key: ResourceKey, _ change: @escaping @Sendable (inout IdentityRecord) throws -> Void
    ) async throws -> IdentityRecord? {
        try await update(Self.identityRequest(profileID, key), change)
    }

    func deleteIdentity(profileID: String, _ key: ResourceKey) async throws -> Bool {
        try await delete(Self.identityRequest(profileID, key))
    }

    static func identityRequest(_ profileID: String, _ key: ResourceKey) -> QueryInterfaceRequest<IdentityRecord> {
        scopedRequest(IdentityRecord.self, profileID, key)
    }

    /// The row of `type` that belongs to the profile and has this id or handle.
    static func scopedRequest<R: TableRecord>(_ type: R.Type, _ profileID: String, _ key: ResourceKey)
        -> QueryInterfaceRequest<R>
    {
        let scoped = R.filter(Column("profile_id") == profileID)
        switch key {
        case .id(let id): return scoped.filter(Column("id") == id)
        case .handle(let handle): return scoped.filter(Column("handle") == handle)
        }
    }
}
