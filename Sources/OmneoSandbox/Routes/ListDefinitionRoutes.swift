import Hummingbird
import OmneoHTTP

/// `/lists/definitions[/{definition}]` (`omneo-sdk` `src/types/lists.ts`, `ListDefinition`),
/// the admin fixture of every list scenario of the SDK: paged index, handle unique (422),
/// DELETE → 204 (the lists made from it stay, without a definition).
struct ListDefinitionRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("lists/definitions", use: index)
        group.post("lists/definitions", use: create)
        group.get("lists/definitions/:definition", use: show)
        group.put("lists/definitions/:definition", use: update)
        group.delete("lists/definitions/:definition", use: delete)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let parameters = try request.queryParameters()
        let query = try ListQuery.parse(parameters, schema: .pagingOnly)
        let page = try await store.listDefinitions(page: query.page)
        return Respond.page(
            page.items.map(Resources.listDefinition), total: page.total, page: query.page, request: request,
            parameters: parameters)
    }

    @Sendable func create(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let input = try ListDefinitionInput.read(try await request.jsonObject(), mode: .create)
        let now = Timestamp.now()
        var record = ListDefinitionRecord(name: "", handle: "", type: "", createdAt: now, updatedAt: now)
        input.apply(to: &record)
        let inserted = try await rejectingDuplicates { try await store.insertListDefinition(record) }
        return Respond.created(Resources.listDefinition(inserted))
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let record = try await store.listDefinition(id: try context.integer("definition")).orNotFound()
        return Respond.data(Resources.listDefinition(record))
    }

    @Sendable func update(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let id = try context.integer("definition")
        _ = try await store.listDefinition(id: id).orNotFound()
        let input = try ListDefinitionInput.read(try await request.jsonObject(), mode: .update)
        let now = Timestamp.now()
        let updated = try await rejectingDuplicates {
            try await store.updateListDefinition(id: id) { record in
                input.apply(to: &record)
                record.updatedAt = now
            }
        }
        return Respond.data(Resources.listDefinition(try updated.orNotFound()))
    }

    @Sendable func delete(_ request: Request, context: BasicRequestContext) async throws -> Response {
        try await store.deleteListDefinition(id: try context.integer("definition")).orNotFound()
        return Respond.noContent()
    }
}
