import Hummingbird
import OmneoHTTP

/// `/credits[/{credit}]` (`omneo-sdk` `src/types/credit.ts`, `CreditInput`), the admin API
/// the SDK's credit scenarios issue fixtures with; DELETE → 204.
struct CreditRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("credits", use: index)
        group.post("credits", use: create)
        group.get("credits/:credit", use: show)
        group.put("credits/:credit", use: update)
        group.delete("credits/:credit", use: delete)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let parameters = try request.queryParameters()
        let query = try ListQuery.parse(parameters, schema: .credits)
        let page = try await store.credits(query)
        return Respond.page(
            try await Resources.credits(page.items, store: store), total: page.total, page: query.page,
            request: request, parameters: parameters)
    }

    @Sendable func create(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let input = try CreditInput.read(try await request.jsonObject(), mode: .create)
        var errors = FieldErrors()
        if let profileID = input.profileID, try await store.profile(id: profileID) == nil {
            errors.add("profile_id", "The selected profile id is invalid.")
        }
        let definition = try await input.definition.asyncFlatMap { try await store.creditDefinition($0) }
        if definition == nil { errors.add("credit_definition_id", "The selected credit definition id is invalid.") }
        if input.valueInitial.value == nil, definition != nil, definition?.value == nil {
            errors.add("value_initial", "The value initial field is required.")
        }
        try errors.check()
        guard let definition, let definitionID = definition.id, let profileID = input.profileID else {
            throw OmneoHTTPError.notFound
        }
        let now = Timestamp.now()
        var record = CreditRecord(
            profileID: profileID, creditDefinitionID: definitionID, timezone: "UTC", issuedAt: now,
            valueInitial: definition.value ?? 0, createdAt: now, updatedAt: now)
        try input.apply(to: &record)
        if input.times["expires_at"]?.isPresent != true, definition.period > 0 {
            record.expiresAt = LocalTime.adding(definition.period, definition.periodType, to: record.issuedAt)
        }
        let inserted = try await store.insertCredit(record)
        return Respond.created(Resources.credit(inserted, definition: definition))
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let record = try await store.credit(id: try context.integer("credit")).orNotFound()
        return Respond.data(try await Resources.credits([record], store: store)[0])
    }

    @Sendable func update(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let id = try context.integer("credit")
        _ = try await store.credit(id: id).orNotFound()
        let input = try CreditInput.read(try await request.jsonObject(), mode: .update)
        let now = Timestamp.now()
        let updated = try await store.updateCredit(id: id) { record in
            try input.apply(to: &record)
            record.updatedAt = now
        }
        return Respond.data(try await Resources.credits([try updated.orNotFound()], store: store)[0])
    }

    @Sendable func delete(_ request: Request, context: BasicRequestContext) async throws -> Response {
        try await store.deleteCredit(id: try context.integer("credit")).orNotFound()
        return Respond.noContent()
    }
}
