import Hummingbird
import OmneoHTTP
import OmneoModels

/// The tenant's interactions, as `omneo-sdk` `src/omneo/resources/interactions` calls them:
/// `/interactions[/{id}]` — GET (paged, the latest first, `filter[action]`, `filter[channel]`,
/// `filter[profile_id]` …), POST (201; the profile by `profile_id` or by `identifier`
/// `{"id", "handle"}`), PUT, DELETE → 204.
struct InteractionRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("interactions", use: index)
        group.post("interactions", use: create)
        group.get("interactions/:interaction", use: show)
        group.put("interactions/:interaction", use: update)
        group.delete("interactions/:interaction", use: delete)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let parameters = try request.queryParameters()
        let query = try ListQuery.parse(parameters, schema: .interactions)
        return try await Self.page(store, query, request: request, parameters: parameters)
    }

    @Sendable func create(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let input = try InteractionInput.read(try await request.jsonObject(), mode: .create)
        var profileID = input.profileID
        var identityID: Int?
        if let profileID, try await store.profile(id: profileID) == nil {
            throw OmneoHTTPError.invalid("profile_id", "The selected profile id is invalid.")
        }
        if let (handle, identifier) = input.identifier {
            guard let owner = try await store.profileID(identityHandle: handle, identifier: identifier),
                profileID == nil || profileID == owner
            else { throw OmneoHTTPError.invalid("identifier", "The selected identifier is invalid.") }
            profileID = owner
            identityID = try await store.identity(profileID: owner, .handle(handle))?.id
        }
        guard let profileID else { throw OmneoHTTPError.invalid("profile_id", "The profile id field is required.") }
        let record = try await store.insertInteraction(
            input.record(profileID: profileID, identityID: identityID, now: Timestamp.now()))
        return Respond.created(try await store.interactionResource(record))
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let record = try await store.interaction(id: try context.integer("interaction")).orNotFound()
        return Respond.data(try await store.interactionResource(record))
    }

    @Sendable func update(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let id = try context.integer("interaction")
        _ = try await store.interaction(id: id).orNotFound()
        let input = try InteractionInput.read(try await request.jsonObject(), mode: .update)
        let now = Timestamp.now()
        let updated = try await store.updateInteraction(id: id) { input.apply(to: &$0, now: now) }
        return Respond.data(try await store.interactionResource(try updated.orNotFound()))
    }

    @Sendable func delete(_ request: Request, context: BasicRequestContext) async throws -> Response {
        try await store.deleteInteraction(id: try context.integer("interaction")).orNotFound()
        return Respond.noContent()
    }

    /// A page of interactions matching `query`, as Omneo answers it.
    static func page(
        _ store: any SandboxStore, _ query: StoreQuery, request: Request, parameters: QueryParameters
    ) async throws -> Response {
        let page = try await store.interactions(query)
        var resources: [Interaction] = []
        for record in page.items { resources.append(try await store.interactionResource(record)) }
        return Respond.page(resources, total: page.total, page: query.page, request: request, parameters: parameters)
    }
}
