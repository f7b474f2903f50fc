import Hummingbird
import OmneoHTTP

/// `/tiers/definitions[/{definition}]`, the fixtures of the SDK's tier scenarios (handle
/// unique; DELETE → 204), and a profile's tiers as `omneo-sdk` `src/id/resources/profile/tiers`
/// calls them: `GET /profiles/{id}/tiers` and `…/tiers/calculate` answer its
/// `TierProgress`; `POST …/tiers/assign {"tier": handle}` assigns an assignable tier (422
/// otherwise) and answers the new progress.
struct TierRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("tiers/definitions", use: index)
        group.post("tiers/definitions", use: create)
        group.get("tiers/definitions/:definition", use: show)
        group.put("tiers/definitions/:definition", use: update)
        group.delete("tiers/definitions/:definition", use: delete)
        group.get("profiles/:profile/tiers", use: progress)
        group.get("profiles/:profile/tiers/calculate", use: progress)
        group.post("profiles/:profile/tiers/assign", use: assign)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let parameters = try request.queryParameters()
        let page = try ListQuery.parse(parameters, schema: .pagingOnly).page
        let all = try await store.tierDefinitions()
        return Respond.page(
            all.dropFirst(page.offset).prefix(page.size).map(Resources.tierDefinition), total: all.count, page: page,
            request: request, parameters: parameters)
    }

    @Sendable func create(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let input = try TierDefinitionInput.read(try await request.jsonObject(), mode: .create)
        let now = Timestamp.now()
        var record = TierDefinitionRecord(name: "", handle: "", valueMin: 0, valueMaintain: 0, createdAt: now, updatedAt: now)
        input.apply(to: &record)
        let inserted = try await rejectingDuplicates { try await store.insertTierDefinition(record) }
        return Respond.created(Resources.tierDefinition(inserted))
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let record = try await store.tierDefinition(id: try context.integer("definition")).orNotFound()
        return Respond.data(Resources.tierDefinition(record))
    }

    @Sendable func update(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let id = try context.integer("definition")
        _ = try await store.tierDefinition(id: id).orNotFound()
        let input = try TierDefinitionInput.read(try await request.jsonObject(), mode: .update)
        let now = Timestamp.now()
        let updated = try await rejectingDuplicates {
            try await store.updateTierDefinition(id: id) { record in
                input.apply(to: &record)
                record.updatedAt = now
            }
        }
        return Respond.data(Resources.tierDefinition(try updated.orNotFound()))
    }

    @Sendable func delete(_ request: Request, context: BasicRequestContext) async throws -> Response {
        try await store.deleteTierDefinition(id: try context.integer("definition")).orNotFound()
        return Respond.noContent()
    }

    @Sendable func progress(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try context.profileID()
        _ = try await store.profile(id: profileID).orNotFound()
        return Respond.data(try await Resources.tierProgress(of: profileID, store: store))
    }

    @Sendable func assign(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try context.profileID()
        _ = try await store.profile(id: profileID).orNotFound()
        var reader = InputReader(try await request.jsonObject(), mode: .create, allowed: ["tier"])
        let handle = reader.string("tier", required: true, nullable: false).value
        try reader.errors.check()
        guard let definition = try await store.tierDefinitions().first(where: { $0.handle == handle }),
            let definitionID = definition.id, definition.isAssignable
        else {
            throw OmneoHTTPError.invalid(["tier": ["The selected tier is invalid or not assignable."]])
        }
        let now = Timestamp.now()
        let changed = try await store.updateProfileTier(profileID: profileID) { record in
            record.tierDefinitionID = definitionID
            record.assignedAt = now
            record.updatedAt = now
        }
        if changed == nil {
            _ = try await rejectingDuplicates {
                try await store.insertProfileTier(
                    ProfileTierRecord(
                        profileID: profileID, tierDefinitionID: definitionID, assignedAt: now, createdAt: now,
                        updatedAt: now))
            }
        }
        return Respond.data(try await Resources.tierProgress(of: profileID, store: store))
    }
}
