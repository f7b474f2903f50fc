import OmneoModels

extension OmneoIDClient.Me {
    /// Where the profile stands among the tiers (`GET /profiles/me/tiers`).
    public func tiers() async throws -> TierProgress {
        try await client.data(TierProgress.self, .get, path("tiers"))
    }

    /// The profile's tiers, recalculated (`GET /profiles/me/tiers/calculate`).
    public func calculateTiers() async throws -> TierProgress {
        try await client.data(TierProgress.self, .get, path("tiers", "calculate"))
    }

    /// Assigns the tier with this handle (`POST /profiles/me/tiers/assign`; refused by the
    /// default profile policy); answers the new progress.
    public func assignTier(_ handle: String) async throws -> TierProgress {
        try await client.data(
            TierProgress.self, .post, path("tiers", "assign"), body: JSONCoding.body(["tier": handle]))
    }

    /// A page of the points counting towards the profile's tier, the latest issued first
    /// (`GET /profiles/me/tiers/points`).
    public func tierPoints(page: Int? = nil, pageSize: Int? = nil) async throws -> PageEnvelope<TierPoint> {
        try await client.page(TierPoint.self, path("tiers", "points"), query: pagingQuery(page: page, pageSize: pageSize))
    }
}
