import Hummingbird
import OmneoHTTP

/// `/credits/definitions[/{definition}]` (`omneo-sdk` `src/types/credit.ts`), the fixtures of
/// the SDK's credit scenarios; handle unique; DELETE → 204 (and deletes its credits).
struct CreditDefinitionRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("credits/definitions", use: index)
        group.post("credits/definitions", use: create)
        group.get("credits/definitions/:definition", use: show)
        group.put("credits/definitions/:definition", use: update)
        group.delete("credits/definitions/:definition", use: delete)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let parameters = try request.queryParameters()
        let query = try ListQuery.parse(parameters, schema: .pagingOnly)
        let page = try await store.creditDefinitions(page: query.page)
        return Respond.page(
            page.items.map(Resources.creditDefinition), total: page.total, page: query.page, request: request,
            parameters: parameters)
    }

    @Sendable func create(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let input = try CreditDefinitionInput.read(try await request.jsonObject(), mode: .create)
        let now = Timestamp.now()
        var record = CreditDefinitionRecord(name: "", handle: "", type: "", createdAt: now, updatedAt: now)
        input.apply(to: &record)
        let inserted = try await rejectingDuplicates { try await store.insertCreditDefinition(record) }
        return Respond.created(Resources.creditDefinition(inserted))
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let record = try await store.creditDefinition(.id(try context.integer("definition"))).orNotFound()
        return Respond.data(Resources.creditDefinition(record))
    }

    @Sendable func update(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let id = try context.integer("definition")
        _ = try await store.creditDefinition(.id(id)).orNotFound()
        let input = try CreditDefinitionInput.read(try await request.jsonObject(), mode: .update)
        let now = Timestamp.now()
        let updated = try await rejectingDuplicates {
            try await store.updateCreditDefinition(id: id) { record in
                input.apply(to: &record)
                record.updatedAt = now
            }
        }
        return Respond.data(Resources.creditDefinition(try updated.orNotFound()))
    }

    @Sendable func delete(_ request: Request, context: BasicRequestContext) async throws -> Response {
        try await store.deleteCreditDefinition(id: try context.integer("definition")).orNotFound()
        return Respond.noContent()
    }
}
