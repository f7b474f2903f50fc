import Hummingbird
import OmneoHTTP

/// `GET /profiles/{id}/balances` (`omneo-sdk` `src/id/resources/profile/balances`), computed
/// from the profile's rewards, points and benefits (``ProfileBalancesRule``).
struct BalanceRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("profiles/:profile/balances", use: show)
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let record = try await store.profile(id: try context.profileID()).orNotFound()
        return Respond.data(try await ProfileBalancesRule.load(profileID: record.id, store: store))
    }
}
