import GRDB

extension GRDBSandboxStore {
    func regions(page: PageRequest) async throws -> StorePage<RegionRecord> {
        try await read { db in try Self.page(RegionRecord.order(Column("id")), page, db) }
    }

    func regions(ids: [Int]) async throws -> [RegionRecord] {
        try await read { db in try RegionRecord.filter(ids.contains(Column("id"))).order(Column("id")).fetchAll(db) }
    }

    func region(id: Int) async throws -> RegionRecord? {
        try await read { db in try RegionRecord.filter(key: id).fetchOne(db) }
    }

    func insertRegion(_ record: RegionRecord) async throws -> RegionRecord {
        try await insert(record)
    }

    func updateRegion(id: Int, _ change: @escaping @Sendable (inout RegionRecord) throws -> Void) async throws
        -> RegionRecord?
    {
        try await update(RegionRecord.filter(key: id), change)
    }

    func deleteRegion(id: Int) async throws -> Bool {
        try await delete(RegionRecord.filter(key: id))
    }

    func profileRegions(profileID: String) async throws -> [ProfileRegionRecord] {
        try await read { db in
            try ProfileRegionRecord.filter(Column("profile_id") == profileID).order(Column("id")).fetchAll(db)
        }
    }

    func insertProfileRegion(_ record: ProfileRegionRecord) async throws -> ProfileRegionRecord {
        try await insert(record)
    }

    func updateProfileRegion(
        profileID: String, regionID: Int, _ change: @escaping @Sendable (inout ProfileRegionRecord) throws -> Void
    ) async throws -> ProfileRegionRecord? {
        try await update(Self.profileRegionRequest(profileID, regionID), change)
    }

    func deleteProfileRegion(profileID: String, regionID: Int) async throws -> Bool {
        try await delete(Self.profileRegionRequest(profileID, regionID))
    }

    static func profileRegionRequest(_ profileID: String, _ regionID: Int) -> QueryInterfaceRequest<ProfileRegionRecord> {
        ProfileRegionRecord.filter(Column("profile_id") == profileID && Column("region_id") == regionID)
    }
}
