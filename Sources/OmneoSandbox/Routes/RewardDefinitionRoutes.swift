import Hummingbird
import OmneoHTTP

/// `/rewards/definitions[/{definition}]` (`omneo-sdk` `src/types/rewards.ts`), the fixtures of
/// the SDK's reward scenarios; handle unique; DELETE → 204 (and deletes its rewards).
struct RewardDefinitionRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("rewards/definitions", use: index)
        group.post("rewards/definitions", use: create)
        group.get("rewards/definitions/:definition", use: show)
        group.put("rewards/definitions/:definition", use: update)
        group.delete("rewards/definitions/:definition", use: delete)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let parameters = try request.queryParameters()
        let query = try ListQuery.parse(parameters, schema: .pagingOnly)
        let page = try await store.rewardDefinitions(page: query.page)
        return Respond.page(
            page.items.map(Resources.rewardDefinition), total: page.total, page: query.page, request: request,
            parameters: parameters)
    }

    @Sendable func create(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let input = try RewardDefinitionInput.read(try await request.jsonObject(), mode: .create)
        let now = Timestamp.now()
        var record = RewardDefinitionRecord(
            name: "", handle: "", type: "", value: 0, period: 0, createdAt: now, updatedAt: now)
        input.apply(to: &record)
        let inserted = try await rejectingDuplicates { try await store.insertRewardDefinition(record) }
        return Respond.created(Resources.rewardDefinition(inserted))
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let record = try await store.rewardDefinition(id: try context.integer("definition")).orNotFound()
        return Respond.data(Resources.rewardDefinition(record))
    }

    @Sendable func update(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let id = try context.integer("definition")
        _ = try await store.rewardDefinition(id: id).orNotFound()
        let input = try RewardDefinitionInput.read(try await request.jsonObject(), mode: .update)
        let now = Timestamp.now()
        let updated = try await rejectingDuplicates {
            try await store.updateRewardDefinition(id: id) { record in
                input.apply(to: &record)
                record.updatedAt = now
            }
        }
        return Respond.data(Resources.rewardDefinition(try updated.orNotFound()))
    }

    @Sendable func delete(_ request: Request, context: BasicRequestContext) async throws -> Response {
        try await store.deleteRewardDefinition(id: try context.integer("definition")).orNotFound()
        return Respond.noContent()
    }
}
