import Hummingbird
import OmneoHTTP

/// `GET|PUT /profiles/{id}/attributes/comms`: all 15 flags; PUT changes only the flags sent.
struct CommsRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("profiles/:profile/attributes/comms", use: show)
        group.put("profiles/:profile/attributes/comms", use: update)
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let record = try await store.profile(id: try context.profileID()).orNotFound()
        return Respond.data(Resources.comms(of: record))
    }

    @Sendable func update(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let id = try context.profileID()
        _ = try await store.profile(id: id).orNotFound()
        var errors = FieldErrors()
        let flags = CommsInput.read(try await request.jsonObject(), prefix: "", errors: &errors)
        try errors.check()
        let now = Timestamp.now()
        let record = try await store.updateProfile(id: id) { record in
            record.comms.merge(flags) { _, new in new }
            if !flags.isEmpty { record.updatedAt = now }
        }.orNotFound()
        return Respond.data(Resources.comms(of: record))
    }
}
