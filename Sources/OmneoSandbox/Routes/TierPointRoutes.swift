import Hummingbird
import OmneoHTTP

/// Tier points: `POST /tiers/points` (201; 422 for an unknown profile or point definition) and
/// `DELETE /tiers/points/{id}` (204), the admin fixture of `omneo-sdk`'s
/// `id-list-profile-tier-points.test.ts`; `GET /profiles/{id}/tiers/points` (paged, the latest
/// issued first), as `src/id/resources/profile/tiers` `points()` calls it.
struct TierPointRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.post("tiers/points", use: create)
        group.delete("tiers/points/:point", use: delete)
        group.get("profiles/:profile/tiers/points", use: index)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try context.profileID()
        _ = try await store.profile(id: profileID).orNotFound()
        let parameters = try request.queryParameters()
        var query = try ListQuery.parse(parameters, schema: .tierPoints)
        query.conditions.append(.equals(column: "profile_id", value: .text(profileID)))
        let page = try await store.tierPoints(query)
        return Respond.page(
            page.items.map(Resources.tierPoint), total: page.total, page: query.page, request: request,
            parameters: parameters)
    }

    @Sendable func create(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let input = try TierPointInput.read(try await request.jsonObject())
        guard try await store.profile(id: input.profileID) != nil else {
            throw OmneoHTTPError.invalid(["profile_id": ["The selected profile id is invalid."]])
        }
        let record = try await store.insertTierPoint(input.record(now: Timestamp.now()))
        return Respond.created(Resources.tierPoint(record))
    }

    @Sendable func delete(_ request: Request, context: BasicRequestContext) async throws -> Response {
        try await store.deleteTierPoint(id: try context.integer("point")).orNotFound()
        return Respond.noContent()
    }
}
