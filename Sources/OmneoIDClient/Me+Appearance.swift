import OmneoModels

extension OmneoIDClient.Me {
    /// The profile's appearance attributes (`GET /profiles/me/attributes/appearance`).
    public func appearance() async throws -> ProfileAppearance {
        try await client.data(ProfileAppearance.self, .get, path("attributes", "appearance"))
    }

    /// Changes the fields set in `appearance` (others keep their values); returns all of them.
    /// Only `fields` are sent (not the profile id or timestamps of an answer passed back).
    @discardableResult
    public func updateAppearance(_ appearance: ProfileAppearance) async throws -> ProfileAppearance {
        try await client.data(
            ProfileAppearance.self, .put, path("attributes", "appearance"),
            body: JSONCoding.body(ProfileAppearance(appearance.fields)))
    }
}
