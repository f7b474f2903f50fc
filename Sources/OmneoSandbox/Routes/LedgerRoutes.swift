import Hummingbird
import OmneoHTTP
import OmneoModels

/// `/profiles/{id}/ledgers[/{ledger}]`, as `omneo-sdk` `src/id/resources/profile/ledgers`
/// calls it: the profile's ledger (``ProfileLedger``), `{"data": [...]}` unpaged as the SDK
/// reads it; an unknown entry is 404.
struct LedgerRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("profiles/:profile/ledgers", use: index)
        group.get("profiles/:profile/ledgers/:ledger", use: show)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        Respond.data(try await ledger(try context.profileID()))
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let id = try context.integer("ledger")
        return Respond.data(try await ledger(try context.profileID()).first { $0.id == id }.orNotFound())
    }

    private func ledger(_ profileID: String) async throws -> [OmneoModels.Ledger] {
        _ = try await store.profile(id: profileID).orNotFound()
        let transactions = try await Resources.transactions(
            try await store.transactions(profileID: profileID), store: store)
        let points = try await store.points(profileID: profileID).map(Resources.point)
        return ProfileLedger.entries(transactions: transactions, points: points)
    }
}
