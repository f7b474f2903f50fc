import Hummingbird
import OmneoHTTP

/// A profile's interactions, as `omneo-sdk` `src/id/resources/profile/interactions` calls them:
/// `profiles/{id}/interactions[/{interaction}]` — GET (paged, the latest first, the
/// interaction filters), GET one, DELETE → 204; another profile's interaction is 404.
struct ProfileInteractionRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("profiles/:profile/interactions", use: index)
        group.get("profiles/:profile/interactions/:interaction", use: show)
        group.delete("profiles/:profile/interactions/:interaction", use: delete)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try await store.existingProfileID(context)
        let parameters = try request.queryParameters()
        var query = try ListQuery.parse(parameters, schema: .interactions)
        query.conditions.append(.equals(column: "profile_id", value: .text(profileID)))
        return try await InteractionRoutes.page(store, query, request: request, parameters: parameters)
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let record = try await ownInteraction(try context.profileID(), try context.integer("interaction"))
        return Respond.data(try await store.interactionResource(record))
    }

    @Sendable func delete(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let record = try await ownInteraction(try context.profileID(), try context.integer("interaction"))
        try await store.deleteInteraction(id: record.id ?? 0).orNotFound()
        return Respond.noContent()
    }

    /// The interaction `id` when it is `profileID`'s; 404 otherwise.
    private func ownInteraction(_ profileID: String, _ id: Int) async throws -> InteractionRecord {
        let record = try await store.interaction(id: id).orNotFound()
        guard record.profileID == profileID else { throw OmneoHTTPError.notFound }
        return record
    }
}
