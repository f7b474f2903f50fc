import Hummingbird
import OmneoHTTP

/// `GET|PUT /profiles/{id}/attributes/appearance`, as `omneo-sdk`
/// `src/id/resources/profile/attributes/appearance` calls it; PUT changes only the fields sent.
struct AppearanceRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("profiles/:profile/attributes/appearance", use: show)
        group.put("profiles/:profile/attributes/appearance", use: update)
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let record = try await store.profile(id: try context.profileID()).orNotFound()
        return Respond.data(Resources.appearance(of: record))
    }

    @Sendable func update(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let id = try context.profileID()
        _ = try await store.profile(id: id).orNotFound()
        let fields = try AppearanceInput.read(try await request.jsonObject())
        let now = Timestamp.now()
        let record = try await store.updateProfile(id: id) { record in
            var appearance = record.appearance ?? [:]
            for (name, field) in fields {
                var value = appearance[name]
                field.apply(to: &value)
                appearance[name] = value
            }
            record.appearance = appearance
            if !fields.isEmpty { record.updatedAt = now }
        }.orNotFound()
        return Respond.data(Resources.appearance(of: record))
    }
}
