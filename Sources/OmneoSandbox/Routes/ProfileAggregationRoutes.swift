import Hummingbird
import OmneoHTTP

/// `GET /profiles/{id}/aggregations` and `…/aggregations/calculate`, as `omneo-sdk`
/// `src/id/resources/profile/aggregations` calls them: both answer the profile's aggregations,
/// derived from its transactions when asked (``ProfileAggregationsRule``), so they agree.
struct ProfileAggregationRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("profiles/:profile/aggregations", use: show)
        group.get("profiles/:profile/aggregations/calculate", use: show)
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try context.profileID()
        let profile = try await store.profile(id: profileID).orNotFound()
        let aggregations = ProfileAggregationsRule.aggregations(
            profileID: profileID, joinedAt: profile.createdAt,
            transactions: try await store.transactions(profileID: profileID), now: Timestamp.now())
        return Respond.data(aggregations)
    }
}
