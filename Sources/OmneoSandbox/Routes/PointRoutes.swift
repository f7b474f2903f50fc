import Hummingbird
import OmneoHTTP

/// `/profiles/{id}/points[/{point}]`, as `omneo-sdk` `src/id/resources/profile/points.ts`
/// calls it: GET (paged, the latest issued first; one), POST (201), PUT, DELETE → 204; each
/// point with its `definition`.
struct PointRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("profiles/:profile/points", use: index)
        group.post("profiles/:profile/points", use: create)
        group.get("profiles/:profile/points/:point", use: show)
        group.put("profiles/:profile/points/:point", use: update)
        group.delete("profiles/:profile/points/:point", use: delete)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try context.profileID()
        _ = try await store.profile(id: profileID).orNotFound()
        let parameters = try request.queryParameters()
        var query = try ListQuery.parse(parameters, schema: .points)
        query.conditions.append(.equals(column: "profile_id", value: .text(profileID)))
        let page = try await store.points(query)
        return Respond.page(
            page.items.map(Resources.point), total: page.total, page: query.page, request: request,
            parameters: parameters)
    }

    @Sendable func create(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try context.profileID()
        _ = try await store.profile(id: profileID).orNotFound()
        let input = try PointInput.read(try await request.jsonObject(), mode: .create)
        let now = Timestamp.now()
        var record = PointRecord(
            profileID: profileID, pointDefinitionID: 0, valueInitial: 0,
            valueRemaining: input.valueRemaining.value ?? input.valueInitial.value ?? 0, issuedAt: now,
            createdAt: now, updatedAt: now)
        try input.apply(to: &record)
        return Respond.created(Resources.point(try await store.insertPoint(record)))
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let record = try await store.point(profileID: try context.profileID(), id: try context.integer("point"))
        return Respond.data(Resources.point(try record.orNotFound()))
    }

    @Sendable func update(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try context.profileID()
        let id = try context.integer("point")
        _ = try await store.point(profileID: profileID, id: id).orNotFound()
        let input = try PointInput.read(try await request.jsonObject(), mode: .update)
        let now = Timestamp.now()
        let updated = try await store.updatePoint(profileID: profileID, id: id) { record in
            try input.apply(to: &record)
            record.updatedAt = now
        }
        return Respond.data(Resources.point(try updated.orNotFound()))
    }

    @Sendable func delete(_ request: Request, context: BasicRequestContext) async throws -> Response {
        try await store.deletePoint(profileID: try context.profileID(), id: try context.integer("point")).orNotFound()
        return Respond.noContent()
    }
}
