import Hummingbird
import OmneoHTTP

/// `/regions[/{region}]`: the retailer's regions (`omneo-sdk` `src/types/region.ts`), the
/// fixtures of the SDK's profile-region scenarios. DELETE → 204.
struct RegionRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("regions", use: index)
        group.post("regions", use: create)
        group.get("regions/:region", use: show)
        group.put("regions/:region", use: update)
        group.delete("regions/:region", use: delete)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let parameters = try request.queryParameters()
        let query = try ListQuery.parse(parameters, schema: .pagingOnly)
        let page = try await store.regions(page: query.page)
        return Respond.page(
            page.items.map { Resources.region($0) }, total: page.total, page: query.page, request: request,
            parameters: parameters)
    }

    @Sendable func create(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let input = try RegionInput.read(try await request.jsonObject(), mode: .create)
        let now = Timestamp.now()
        var record = RegionRecord(name: "", handle: "", createdAt: now, updatedAt: now)
        input.apply(to: &record)
        let inserted = try await rejectingDuplicates { try await store.insertRegion(record) }
        return Respond.created(Resources.region(inserted))
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        Respond.data(Resources.region(try await store.region(id: try context.integer("region")).orNotFound()))
    }

    @Sendable func update(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let id = try context.integer("region")
        _ = try await store.region(id: id).orNotFound()
        let input = try RegionInput.read(try await request.jsonObject(), mode: .update)
        let now = Timestamp.now()
        let updated = try await rejectingDuplicates {
            try await store.updateRegion(id: id) { record in
                input.apply(to: &record)
                record.updatedAt = now
            }
        }
        return Respond.data(Resources.region(try updated.orNotFound()))
    }

    @Sendable func delete(_ request: Request, context: BasicRequestContext) async throws -> Response {
        try await store.deleteRegion(id: try context.integer("region")).orNotFound()
        return Respond.noContent()
    }
}
