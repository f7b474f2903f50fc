import Hummingbird
import OmneoHTTP

/// `/profiles/{id}/identities`, `…/identities/{handle}` and `…/identities/id/{identity id}`.
struct IdentityRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("profiles/:profile/identities", use: index)
        group.post("profiles/:profile/identities", use: create)
        group.get("profiles/:profile/identities/id/:identity", use: show)
        group.put("profiles/:profile/identities/id/:identity", use: update)
        group.delete("profiles/:profile/identities/id/:identity", use: delete)
        group.get("profiles/:profile/identities/:handle", use: show)
        group.put("profiles/:profile/identities/:handle", use: update)
        group.delete("profiles/:profile/identities/:handle", use: delete)
    }

    /// The identity a path names: `id/{n}` or `{handle}`.
    private func key(_ context: BasicRequestContext) throws -> ResourceKey {
        if context.parameters.get("identity") != nil { return .id(try context.integer("identity")) }
        return .handle(try context.text("handle"))
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try context.profileID()
        _ = try await store.profile(id: profileID).orNotFound()
        let parameters = try request.queryParameters()
        let query = try ListQuery.parse(parameters, schema: .pagingOnly)
        let page = try await store.identities(profileID: profileID, page: query.page)
        return Respond.page(
            page.items.map(Resources.identity), total: page.total, page: query.page, request: request,
            parameters: parameters)
    }

    @Sendable func create(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try context.profileID()
        _ = try await store.profile(id: profileID).orNotFound()
        let input = try IdentityInput.read(try await request.jsonObject(), mode: .create)
        let now = Timestamp.now()
        var record = IdentityRecord(profileID: profileID, handle: "", identifier: "", createdAt: now, updatedAt: now)
        input.apply(to: &record)
        let inserted = try await rejectingDuplicates { try await store.insertIdentity(record) }
        return Respond.created(Resources.identity(inserted))
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let record = try await store.identity(profileID: try context.profileID(), try key(context)).orNotFound()
        return Respond.data(Resources.identity(record))
    }

    @Sendable func update(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try context.profileID()
        let key = try key(context)
        _ = try await store.identity(profileID: profileID, key).orNotFound()
        let input = try IdentityInput.read(try await request.jsonObject(), mode: .update)
        let now = Timestamp.now()
        let record = try await rejectingDuplicates {
            try await store.updateIdentity(profileID: profileID, key) { record in
                input.apply(to: &record)
                record.updatedAt = now
            }
        }.orNotFound()
        return Respond.data(Resources.identity(record))
    }

    @Sendable func delete(_ request: Request, context: BasicRequestContext) async throws -> Response {
        try await store.deleteIdentity(profileID: try context.profileID(), try key(context)).orNotFound()
        return Respond.noContent()
    }
}
