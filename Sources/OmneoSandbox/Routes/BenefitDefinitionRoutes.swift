import Hummingbird
import OmneoHTTP

/// `/benefits/definitions[/{definition}]` (`omneo-sdk` `src/types/benefits.ts`, `src/omneo`
/// benefit definitions), the fixtures of the SDK's benefit scenarios; handle unique; DELETE →
/// 204 (and deletes its benefits).
struct BenefitDefinitionRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("benefits/definitions", use: index)
        group.post("benefits/definitions", use: create)
        group.get("benefits/definitions/:definition", use: show)
        group.put("benefits/definitions/:definition", use: update)
        group.delete("benefits/definitions/:definition", use: delete)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let parameters = try request.queryParameters()
        let query = try ListQuery.parse(parameters, schema: .pagingOnly)
        let page = try await store.benefitDefinitions(page: query.page)
        return Respond.page(
            page.items.map(Resources.benefitDefinition), total: page.total, page: query.page, request: request,
            parameters: parameters)
    }

    @Sendable func create(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let input = try BenefitDefinitionInput.read(try await request.jsonObject(), mode: .create)
        let now = Timestamp.now()
        var record = BenefitDefinitionRecord(name: "", handle: "", period: 0, createdAt: now, updatedAt: now)
        input.apply(to: &record)
        let inserted = try await rejectingDuplicates { try await store.insertBenefitDefinition(record) }
        return Respond.created(Resources.benefitDefinition(inserted))
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let record = try await store.benefitDefinition(.id(try context.integer("definition"))).orNotFound()
        return Respond.data(Resources.benefitDefinition(record))
    }

    @Sendable func update(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let id = try context.integer("definition")
        _ = try await store.benefitDefinition(.id(id)).orNotFound()
        let input = try BenefitDefinitionInput.read(try await request.jsonObject(), mode: .update)
        let now = Timestamp.now()
        let updated = try await rejectingDuplicates {
            try await store.updateBenefitDefinition(id: id) { record in
                input.apply(to: &record)
                record.updatedAt = now
            }
        }
        return Respond.data(Resources.benefitDefinition(try updated.orNotFound()))
    }

    @Sendable func delete(_ request: Request, context: BasicRequestContext) async throws -> Response {
        try await store.deleteBenefitDefinition(id: try context.integer("definition")).orNotFound()
        return Respond.noContent()
    }
}
