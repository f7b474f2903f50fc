import Hummingbird
import OmneoHTTP

/// `DELETE /profiles/{id}/purge` (the profile and everything of it removed; 204) and
/// `GET /profiles/{id}/resync` (answers the profile), as `omneo-sdk` `src/id/resources/profile`
/// `purge()` and `resync()` call them. The sandbox has no downstream systems to resync, so
/// resync changes nothing (docs/DECISIONS.md).
struct ProfileMaintenanceRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.delete("profiles/:profile/purge", use: purge)
        group.get("profiles/:profile/resync", use: resync)
    }

    /// As `DELETE /profiles/{id}`.
    @Sendable func purge(_ request: Request, context: BasicRequestContext) async throws -> Response {
        try await ProfileRoutes(store: store).delete(request, context: context)
    }

    /// As `GET /profiles/{id}`.
    @Sendable func resync(_ request: Request, context: BasicRequestContext) async throws -> Response {
        try await ProfileRoutes(store: store).show(request, context: context)
    }
}
