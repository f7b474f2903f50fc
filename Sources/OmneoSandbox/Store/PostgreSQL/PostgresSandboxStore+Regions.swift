extension PostgresSandboxStore {
    func regions(page request: PageRequest) async throws -> StorePage<RegionRecord> {
        try await page(RegionRecord.self, [], request)
    }

    func regions(ids: [Int]) async throws -> [RegionRecord] {
        try await records(RegionRecord.self, where: "id", in: ids)
    }

    func region(id: Int) async throws -> RegionRecord? {
        try await record(RegionRecord.self, [.equals(column: "id", value: .integer(id))])
    }

    func insertRegion(_ record: RegionRecord) async throws -> RegionRecord {
        try await insert(record)
    }

    func updateRegion(id: Int, _ change: @escaping @Sendable (inout RegionRecord) throws -> Void) async throws
        -> RegionRecord?
    {
        try await update(RegionRecord.self, [.equals(column: "id", value: .integer(id))], change)
    }

    func deleteRegion(id: Int) async throws -> Bool {
        try await delete(RegionRecord.self, [.equals(column: "id", value: .integer(id))])
    }

    func profileRegions(profileID: String) async throws -> [ProfileRegionRecord] {
        try await records(ProfileRegionRecord.self, where: "profile_id", in: [profileID])
    }

    func insertProfileRegion(_ record: ProfileRegionRecord) async throws -> ProfileRegionRecord {
        try await insert(record)
    }

    func updateProfileRegion(
        profileID: String, regionID: Int, _ change: @escaping @Sendable (inout ProfileRegionRecord) throws -> Void
    ) async throws -> ProfileRegionRecord? {
        try await update(ProfileRegionRecord.self, Self.profileRegionConditions(profileID, regionID), change)
    }

    func deleteProfileRegion(profileID: String, regionID: Int) async throws -> Bool {
        try await delete(ProfileRegionRecord.self, Self.profileRegionConditions(profileID, regionID))
    }

    static func profileRegionConditions(_ profileID: String, _ regionID: Int) -> [StoreCondition] {
        [.equals(column: "profile_id", value: .text(profileID)), .equals(column: "region_id", value: .integer(regionID))]
    }
}
