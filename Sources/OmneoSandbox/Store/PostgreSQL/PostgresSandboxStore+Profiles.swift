import PostgresNIO

extension PostgresSandboxStore {
    func profiles(_ query: StoreQuery) async throws -> StorePage<ProfileRecord> {
        try await page(ProfileRecord.self, query.conditions, sort: query.sort, query.page)
    }

    func profile(id: String) async throws -> ProfileRecord? {
        try await record(ProfileRecord.self, [.equals(column: "id", value: .text(id))])
    }

    func profileID(identityHandle handle: String, identifier: String) async throws -> String? {
        try await record(
            IdentityRecord.self,
            [.equals(column: "handle", value: .text(handle)), .equals(column: "identifier", value: .text(identifier))]
        )?.profileID
    }

    func insertProfile(_ record: ProfileRecord) async throws {
        try await write { connection in try await Self.insertAll([record], on: connection, logger: logger) }
    }

    func updateProfile(id: String, _ change: @escaping @Sendable (inout ProfileRecord) throws -> Void) async throws
        -> ProfileRecord?
    {
        try await update(ProfileRecord.self, [.equals(column: "id", value: .text(id))], change)
    }

    func deleteProfile(id: String) async throws -> Bool {
        try await delete(ProfileRecord.self, [.equals(column: "id", value: .text(id))])
    }

    // MARK: Identities

    func identities(profileIDs: [String]) async throws -> [IdentityRecord] {
        try await records(IdentityRecord.self, where: "profile_id", in: profileIDs)
    }

    func identities(profileID: String, page request: PageRequest) async throws -> StorePage<IdentityRecord> {
        try await page(IdentityRecord.self, [.equals(column: "profile_id", value: .text(profileID))], request)
    }

    func identity(profileID: String, _ key: ResourceKey) async throws -> IdentityRecord? {
        try await record(IdentityRecord.self, Self.scoped(profileID, key))
    }

    func insertIdentity(_ record: IdentityRecord) async throws -> IdentityRecord {
        try await insert(record)
    }

    func updateIdentity(
        profileID: String, _ key: ResourceKey, _ change: @escaping @Sendable (inout IdentityRecord) throws -> Void
    ) async throws -> IdentityRecord? {
        try await update(IdentityRecord.self, Self.scoped(profileID, key), change)
    }

    func deleteIdentity(profileID: String, _ key: ResourceKey) async throws -> Bool {
        try await delete(IdentityRecord.self, Self.scoped(profileID, key))
    }

    /// A child of a profile addressed by id or handle.
    static func scoped(_ profileID: String, _ key: ResourceKey) -> [StoreCondition] {
        let owner = StoreCondition.equals(column: "profile_id", value: .text(profileID))
        switch key {
        case .id(let id): return [owner, .equals(column: "id", value: .integer(id))]
        case .handle(let handle): return [owner, .equals(column: "handle", value: .text(handle))]
        }
    }
}
