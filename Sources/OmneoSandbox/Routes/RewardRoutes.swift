import Hummingbird
import OmneoHTTP

/// `/rewards[/{reward}]` (`omneo-sdk` `src/types/rewards.ts`, `src/omneo` rewards), the admin
/// API the SDK's reward scenarios issue fixtures with; DELETE → 204.
struct RewardRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("rewards", use: index)
        group.post("rewards", use: create)
        group.get("rewards/:reward", use: show)
        group.put("rewards/:reward", use: update)
        group.delete("rewards/:reward", use: delete)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let parameters = try request.queryParameters()
        let query = try ListQuery.parse(parameters, schema: .rewards)
        let page = try await store.rewards(query)
        return Respond.page(
            try await Resources.rewards(page.items, store: store), total: page.total, page: query.page,
            request: request, parameters: parameters)
    }

    @Sendable func create(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let input = try RewardInput.read(try await request.jsonObject(), mode: .create)
        var errors = FieldErrors()
        if let profileID = input.profileID, try await store.profile(id: profileID) == nil {
            errors.add("profile_id", "The selected profile id is invalid.")
        }
        let definition: RewardDefinitionRecord?
        if let id = input.rewardDefinitionID {
            definition = try await store.rewardDefinition(id: id)
            if definition == nil { errors.add("reward_definition_id", "The selected reward definition id is invalid.") }
        } else {
            definition = try await input.rewardDefinitionHandle.asyncFlatMap { try await store.rewardDefinition(handle: $0) }
            if definition == nil, input.rewardDefinitionHandle != nil {
                errors.add("reward_definition_handle", "The selected reward definition handle is invalid.")
            }
        }
        try errors.check()
        guard let definition, let profileID = input.profileID, let definitionID = definition.id else {
            throw OmneoHTTPError.notFound
        }
        let now = Timestamp.now()
        let value = input.valueInitial.value ?? definition.value
        var record = RewardRecord(
            profileID: profileID, rewardDefinitionID: definitionID, valueInitial: value,
            valueRemaining: input.valueRemaining.value ?? value, issuedAt: now, expiresAt: nil, timezone: "UTC",
            createdAt: now, updatedAt: now)
        try input.apply(to: &record)
        if input.expiresAt == nil, definition.period > 0 {
            record.expiresAt = LocalTime.adding(definition.period, definition.periodType, to: record.issuedAt)
        }
        let inserted = try await store.insertReward(record)
        return Respond.created(Resources.reward(inserted, definition: definition, now: now))
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let record = try await store.reward(id: try context.integer("reward")).orNotFound()
        return Respond.data(try await Resources.rewards([record], store: store)[0])
    }

    @Sendable func update(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let id = try context.integer("reward")
        _ = try await store.reward(id: id).orNotFound()
        let input = try RewardInput.read(try await request.jsonObject(), mode: .update)
        let now = Timestamp.now()
        let updated = try await store.updateReward(id: id) { record in
            try input.apply(to: &record)
            record.updatedAt = now
        }
        return Respond.data(try await Resources.rewards([try updated.orNotFound()], store: store)[0])
    }

    @Sendable func delete(_ request: Request, context: BasicRequestContext) async throws -> Response {
        try await store.deleteReward(id: try context.integer("reward")).orNotFound()
        return Respond.noContent()
    }
}

extension Optional {
    /// `transform` of the value, awaited; `nil` when there is none.
    func asyncFlatMap<U>(_ transform: (Wrapped) async throws -> U?) async rethrows -> U? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
