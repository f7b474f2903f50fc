import Hummingbird
import OmneoHTTP

/// `/profiles/{id}/lists[/{list}]`, where `{list}` is an integer id or a handle.
struct ListRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("profiles/:profile/lists", use: index)
        group.post("profiles/:profile/lists", use: create)
        group.get("profiles/:profile/lists/:list", use: show)
        group.put("profiles/:profile/lists/:list", use: update)
        group.delete("profiles/:profile/lists/:list", use: delete)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try context.profileID()
        _ = try await store.profile(id: profileID).orNotFound()
        let parameters = try request.queryParameters()
        let query = try ListQuery.parse(parameters, schema: .pagingOnly)
        let page = try await store.lists(profileID: profileID, page: query.page)
        let lists = try await Resources.lists(page.items, store: store)
        return Respond.page(lists, total: page.total, page: query.page, request: request, parameters: parameters)
    }

    @Sendable func create(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try context.profileID()
        _ = try await store.profile(id: profileID).orNotFound()
        let input = try ListInput.read(try await request.jsonObject(), mode: .create)
        try await checkDefinition(input)
        let now = Timestamp.now()
        var record = ListRecord(profileID: profileID, handle: "", name: "", createdAt: now, updatedAt: now)
        input.apply(to: &record)
        if input.handle.value == nil { record.handle = ListInput.handle(from: record.name) }
        let inserted = try await rejectingDuplicates { try await store.insertList(record) }
        return Respond.created(try await Resources.lists([inserted], store: store)[0])
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let list = try await store.list(profileID: try context.profileID(), try context.resourceKey("list"))
            .orNotFound()
        return Respond.data(try await Resources.lists([list], store: store)[0])
    }

    @Sendable func update(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let list = try await store.list(profileID: try context.profileID(), try context.resourceKey("list"))
            .orNotFound()
        let input = try ListInput.read(try await request.jsonObject(), mode: .update)
        try await checkDefinition(input)
        let now = Timestamp.now()
        let updated = try await rejectingDuplicates {
            try await store.updateList(id: list.id ?? 0) { record in
                input.apply(to: &record)
                record.updatedAt = now
            }
        }.orNotFound()
        return Respond.data(try await Resources.lists([updated], store: store)[0])
    }

    /// 422 when the input names a list definition that does not exist.
    private func checkDefinition(_ input: ListInput) async throws {
        if let id = input.listDefinitionID.value, try await store.listDefinition(id: id) == nil {
            throw OmneoHTTPError.invalid("list_definition_id", "The selected list definition id is invalid.")
        }
    }

    @Sendable func delete(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let list = try await store.list(profileID: try context.profileID(), try context.resourceKey("list"))
            .orNotFound()
        try await store.deleteList(id: list.id ?? 0).orNotFound()
        return Respond.noContent()
    }
}
