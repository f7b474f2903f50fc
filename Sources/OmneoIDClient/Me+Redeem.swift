import OmneoModels

extension OmneoIDClient.Me {
    /// Spends `amount` dollars of the profile's rewards and points; returns the redemption
    /// with the balances after it (`POST /profiles/me/redeem`).
    @discardableResult
    public func redeem(amount: Double) async throws -> ProfileRedeem {
        try await client.data(ProfileRedeem.self, .post, path("redeem"), body: JSONCoding.body(["amount": amount]))
    }
}
