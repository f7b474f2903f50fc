import Hummingbird
import OmneoHTTP

/// `/locations[/{id}]`: filtered, sorted and paged reads; writes for admins.
struct LocationRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("locations", use: index)
        group.post("locations", use: create)
        group.get("locations/:location", use: show)
        group.put("locations/:location", use: update)
        group.delete("locations/:location", use: delete)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let parameters = try request.queryParameters()
        let query = try ListQuery.parse(parameters, schema: .locations)
        let page = try await store.locations(query)
        return Respond.page(
            page.items.map(Resources.location), total: page.total, page: query.page, request: request,
            parameters: parameters)
    }

    @Sendable func create(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let input = try LocationInput.read(try await request.jsonObject(), mode: .create)
        let now = Timestamp.now()
        var record = LocationRecord(
            name: "", handle: "", type: "", timezone: LocationInput.defaultTimezone, createdAt: now, updatedAt: now)
        input.apply(to: &record)
        let inserted = try await rejectingDuplicates { try await store.insertLocation(record) }
        return Respond.created(Resources.location(inserted))
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let location = try await store.location(id: try context.integer("location"))
        return Respond.data(Resources.location(try location.orNotFound()))
    }

    @Sendable func update(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let id = try context.integer("location")
        _ = try await store.location(id: id).orNotFound()
        let input = try LocationInput.read(try await request.jsonObject(), mode: .update)
        let now = Timestamp.now()
        let location = try await rejectingDuplicates {
            try await store.updateLocation(id: id) { record in
                input.apply(to: &record)
                record.updatedAt = now
            }
        }
        return Respond.data(Resources.location(try location.orNotFound()))
    }

    @Sendable func delete(_ request: Request, context: BasicRequestContext) async throws -> Response {
        try await store.deleteLocation(id: try context.integer("location")).orNotFound()
        return Respond.noContent()
    }
}
