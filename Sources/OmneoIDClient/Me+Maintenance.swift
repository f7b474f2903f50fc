import OmneoModels

extension OmneoIDClient.Me {
    /// Erases the profile and everything of it (`DELETE /profiles/me/purge`; refused by the
    /// default profile policy).
    public func purge() async throws {
        _ = try await client.send(.delete, path("purge"))
    }

    /// Asks Omneo to resynchronise the profile; answers it (`GET /profiles/me/resync`).
    public func resync() async throws -> Profile {
        try await client.data(Profile.self, .get, path("resync"))
    }
}
