import Hummingbird

extension SandboxStore {
    /// The `:profile` of the path, after checking that the profile exists (404 otherwise).
    func existingProfileID(_ context: BasicRequestContext) async throws -> String {
        let profileID = try context.profileID()
        _ = try await profile(id: profileID).orNotFound()
        return profileID
    }
}
