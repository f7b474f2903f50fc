import Hummingbird
import OmneoHTTP

/// `/profiles/{id}/rewards[/{reward}]`, as `omneo-sdk` `src/id/resources/profile/rewards`
/// calls it: the profile's rewards, paged, the latest issued first, `filter[reward_definition_id]`;
/// another profile's reward is 404.
struct ProfileRewardRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("profiles/:profile/rewards", use: index)
        group.get("profiles/:profile/rewards/:reward", use: show)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try context.profileID()
        _ = try await store.profile(id: profileID).orNotFound()
        let parameters = try request.queryParameters()
        var query = try ListQuery.parse(parameters, schema: .rewards)
        query.conditions.append(.equals(column: "profile_id", value: .text(profileID)))
        let page = try await store.rewards(query)
        return Respond.page(
            try await Resources.rewards(page.items, store: store), total: page.total, page: query.page,
            request: request, parameters: parameters)
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try context.profileID()
        let record = try await store.reward(id: try context.integer("reward")).orNotFound()
        guard record.profileID == profileID else { throw OmneoHTTPError.notFound }
        return Respond.data(try await Resources.rewards([record], store: store)[0])
    }
}
