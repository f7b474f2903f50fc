import OmneoModels

extension OmneoIDClient.Me {
    /// The profile's regions (`GET /profiles/me/regions`).
    public func regions() async throws -> [Region] {
        try await client.data([Region].self, .get, path("regions"))
    }

    /// Adds the profile to a region; returns the profile's regions.
    @discardableResult
    public func addRegion(_ fields: ProfileRegionFields) async throws -> [Region] {
        try await client.data([Region].self, .post, path("regions"), body: JSONCoding.body(fields))
    }

    /// Changes the profile's country, state or `is_active` in a region; returns the profile's regions.
    @discardableResult
    public func updateRegion(_ regionID: Int, _ fields: ProfileRegionFields) async throws -> [Region] {
        try await client.data([Region].self, .put, path("regions", String(regionID)), body: JSONCoding.body(fields))
    }

    /// Removes the profile from a region.
    public func removeRegion(_ regionID: Int) async throws {
        _ = try await client.send(.delete, path("regions", String(regionID)))
    }
}
