import Hummingbird

extension SandboxStore {
    /// The `:profile` of the path, after checking that the profile exists (404 otherwise).
    func existingProfileID(_ context: BasicRequestContext) async throws -> String {
        let profileID = try context.profileID()
        _ = try await profile(id: profileID).orNotFound()
        return profileID
    }
}

extension SandboxStore {
    /// 422 naming `profile_id` / `location_id` when the row it names does not exist (what a
    /// transaction or an order refers to).
    func checkReferences(profileID: String?, locationID: Int?) async throws {
        var errors = FieldErrors()
        if let profileID, try await profile(id: profileID) == nil {
            errors.add("profile_id", "The selected profile id is invalid.")
        }
        if let locationID, try await location(id: locationID) == nil {
            errors.add("location_id", "The selected location id is invalid.")
        }
        try errors.check()
    }
}
