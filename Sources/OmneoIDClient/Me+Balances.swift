import OmneoModels

extension OmneoIDClient.Me {
    /// The profile's reward, point and benefit balances (`GET /profiles/me/balances`).
    public func balances() async throws -> ProfileBalances {
        try await client.data(ProfileBalances.self, .get, path("balances"))
    }
}
