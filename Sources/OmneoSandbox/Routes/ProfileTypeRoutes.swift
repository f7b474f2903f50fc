import Hummingbird
import OmneoHTTP
import OmneoModels

/// `PUT /profiles/{id}/update-type {"profile_type": …}`, as `omneo-sdk`
/// `src/id/resources/profile` calls it (`updateType`): one of ``ProfileType/allCases``
/// (422 otherwise); answers the profile.
struct ProfileTypeRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.put("profiles/:profile/update-type", use: update)
    }

    @Sendable func update(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try context.profileID()
        _ = try await store.profile(id: profileID).orNotFound()
        var reader = InputReader(try await request.jsonObject(), mode: .create, allowed: ["profile_type"])
        let type = reader.string("profile_type", required: true, nullable: false).value
        if let type, !ProfileType.allCases.map(\.rawValue).contains(type) {
            reader.add("profile_type", "The profile type must be one of pending, temporary, active, deleted.")
        }
        try reader.errors.check()
        let now = Timestamp.now()
        let updated = try await store.updateProfile(id: profileID) { record in
            record.profileType = type
            record.updatedAt = now
        }
        return Respond.data(try await Resources.profiles([try updated.orNotFound()], store: store)[0])
    }
}
