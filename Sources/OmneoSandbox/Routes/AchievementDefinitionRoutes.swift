import Hummingbird
import OmneoHTTP

/// `/achievements/definitions[/{definition}]`, the admin API the SDK's achievement scenarios
/// create fixtures with (`omneo-sdk` `src/omneo/resources/achievement-definitions`): GET
/// (paged; one), POST (201; handle unique), PUT, DELETE → 204 (deleting its points).
struct AchievementDefinitionRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("achievements/definitions", use: index)
        group.post("achievements/definitions", use: create)
        group.get("achievements/definitions/:definition", use: show)
        group.put("achievements/definitions/:definition", use: update)
        group.delete("achievements/definitions/:definition", use: delete)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let parameters = try request.queryParameters()
        let page = try ListQuery.parse(parameters, schema: .pagingOnly).page
        let records = try await store.achievementDefinitions(page: page)
        return Respond.page(
            records.items.map(Resources.achievementDefinition), total: records.total, page: page, request: request,
            parameters: parameters)
    }

    @Sendable func create(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let input = try AchievementDefinitionInput.read(try await request.jsonObject(), mode: .create)
        let now = Timestamp.now()
        var record = AchievementDefinitionRecord(handle: "", createdAt: now, updatedAt: now)
        input.apply(to: &record, now: now)
        let inserted = try await rejectingDuplicates { try await store.insertAchievementDefinition(record) }
        return Respond.created(Resources.achievementDefinition(inserted))
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let record = try await store.achievementDefinition(id: try context.integer("definition")).orNotFound()
        return Respond.data(Resources.achievementDefinition(record))
    }

    @Sendable func update(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let id = try context.integer("definition")
        _ = try await store.achievementDefinition(id: id).orNotFound()
        let input = try AchievementDefinitionInput.read(try await request.jsonObject(), mode: .update)
        let now = Timestamp.now()
        let updated = try await store.updateAchievementDefinition(id: id) { input.apply(to: &$0, now: now) }
        return Respond.data(Resources.achievementDefinition(try updated.orNotFound()))
    }

    @Sendable func delete(_ request: Request, context: BasicRequestContext) async throws -> Response {
        try await store.deleteAchievementDefinition(id: try context.integer("definition")).orNotFound()
        return Respond.noContent()
    }
}
