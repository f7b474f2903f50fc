import OmneoModels

extension OmneoIDClient.Me {
    /// What Omneo derives from the profile's shopping (`GET /profiles/me/aggregations`).
    public func aggregations() async throws -> ProfileAggregations {
        try await client.data(ProfileAggregations.self, .get, path("aggregations"))
    }

    /// The profile's aggregations, recalculated (`GET /profiles/me/aggregations/calculate`).
    public func calculateAggregations() async throws -> ProfileAggregations {
        try await client.data(ProfileAggregations.self, .get, path("aggregations", "calculate"))
    }
}
