import Hummingbird
import OmneoHTTP

/// The tenant's connections between profiles, as `omneo-sdk` `src/omneo/resources/connections`
/// and `connection-definitions` call them: `/connections[/{id}]` — GET (paged, `filter[status]`
/// and the other connection fields), POST (201; both profiles must exist), PUT, DELETE → 204;
/// `GET /connection/definitions[/{id}]` — the fixed ``SandboxConnectionDefinitions``.
struct ConnectionRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("connections", use: index)
        group.post("connections", use: create)
        group.get("connections/:connection", use: show)
        group.put("connections/:connection", use: update)
        group.delete("connections/:connection", use: delete)
        group.get("connection/definitions", use: definitions)
        group.get("connection/definitions/:definition", use: definition)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let parameters = try request.queryParameters()
        let query = try ListQuery.parse(parameters, schema: .connections)
        let page = try await store.connections(query)
        return Respond.page(
            try await store.connectionResources(page.items), total: page.total, page: query.page, request: request,
            parameters: parameters)
    }

    @Sendable func create(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let input = try ConnectionInput.read(try await request.jsonObject(), mode: .create)
        var errors = FieldErrors()
        for (field, id) in [("connector_id", input.connectorID), ("connected_id", input.connectedID)] {
            if let id, try await store.profile(id: id) == nil {
                errors.add(field, "The selected \(field.replacingOccurrences(of: "_", with: " ")) is invalid.")
            }
        }
        try errors.check()
        let record = try await store.insertConnection(input.record(now: Timestamp.now()))
        return Respond.created(try await store.connectionResource(record))
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let record = try await store.connection(id: try context.integer("connection")).orNotFound()
        return Respond.data(try await store.connectionResource(record))
    }

    @Sendable func update(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let id = try context.integer("connection")
        _ = try await store.connection(id: id).orNotFound()
        let input = try ConnectionInput.read(try await request.jsonObject(), mode: .update)
        let now = Timestamp.now()
        let updated = try await store.updateConnection(id: id) { input.apply(to: &$0, now: now) }
        return Respond.data(try await store.connectionResource(try updated.orNotFound()))
    }

    @Sendable func delete(_ request: Request, context: BasicRequestContext) async throws -> Response {
        try await store.deleteConnection(id: try context.integer("connection")).orNotFound()
        return Respond.noContent()
    }

    @Sendable func definitions(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let parameters = try request.queryParameters()
        let page = try ListQuery.parse(parameters, schema: .pagingOnly).page
        let all = SandboxConnectionDefinitions.all
        return Respond.page(
            Array(all.dropFirst(page.offset).prefix(page.size)), total: all.count, page: page, request: request,
            parameters: parameters)
    }

    @Sendable func definition(_ request: Request, context: BasicRequestContext) async throws -> Response {
        Respond.data(try SandboxConnectionDefinitions.definition(id: try context.integer("definition")).orNotFound())
    }
}
