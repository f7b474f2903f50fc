import Hummingbird
import OmneoHTTP

/// `/benefits[/{benefit}]` (`omneo-sdk` `src/types/benefits.ts`, `RequestCreateBenefit`), the
/// admin API the SDK's benefit scenarios issue fixtures with; DELETE → 204.
struct BenefitRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("benefits", use: index)
        group.post("benefits", use: create)
        group.get("benefits/:benefit", use: show)
        group.put("benefits/:benefit", use: update)
        group.delete("benefits/:benefit", use: delete)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let parameters = try request.queryParameters()
        let query = try ListQuery.parse(parameters, schema: .benefits)
        let page = try await store.benefits(query)
        return Respond.page(
            try await Resources.benefits(page.items, store: store), total: page.total, page: query.page,
            request: request, parameters: parameters)
    }

    @Sendable func create(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let input = try BenefitInput.read(try await request.jsonObject(), mode: .create)
        var errors = FieldErrors()
        if let profileID = input.profileID, try await store.profile(id: profileID) == nil {
            errors.add("profile_id", "The selected profile id is invalid.")
        }
        let definition = try await input.benefitDefinitionID.asyncFlatMap { try await store.benefitDefinition(.id($0)) }
        if definition == nil { errors.add("benefit_definition_id", "The selected benefit definition id is invalid.") }
        try errors.check()
        guard let definition, let profileID = input.profileID else { throw OmneoHTTPError.notFound }
        let now = Timestamp.now()
        var record = BenefitRules.issue(definition, to: profileID, timezone: "UTC", now: now)
        let defaultExpiry = input.expiresAt.isPresent ? nil : definition.period
        input.apply(to: &record)
        if let period = defaultExpiry {
            record.expiresAt = period > 0 ? LocalTime.adding(period, definition.periodType, to: record.issuedAt) : nil
        }
        let inserted = try await store.insertBenefit(record)
        return Respond.created(Resources.benefit(inserted, definition: definition, now: now))
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let record = try await store.benefit(id: try context.integer("benefit")).orNotFound()
        return Respond.data(try await Resources.benefits([record], store: store)[0])
    }

    @Sendable func update(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let id = try context.integer("benefit")
        _ = try await store.benefit(id: id).orNotFound()
        let updated = try await BenefitActions(store: store).update(id: id, body: try await request.jsonObject())
        return Respond.data(try await Resources.benefits([updated], store: store)[0])
    }

    @Sendable func delete(_ request: Request, context: BasicRequestContext) async throws -> Response {
        try await store.deleteBenefit(id: try context.integer("benefit")).orNotFound()
        return Respond.noContent()
    }
}
