import Hummingbird
import OmneoHTTP
import OmneoModels

/// A profile's redemptions, as `omneo-sdk` `src/id/resources/profile/redemptions` calls them:
/// `/profiles/{id}/redemptions[/{redemption}]` (paged, the latest first, `filter[type]`; each
/// with its items) and `…/redemptions/{type}/{id}/count` (how many of the profile's
/// redemptions redeemed that benefit, reward or point). Another profile's redemption is 404.
struct ProfileRedemptionRoutes {
    let store: any SandboxStore

    /// The most redemptions a count considers (the sandbox's scale).
    static let countScanLimit = 10_000

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("profiles/:profile/redemptions", use: index)
        group.get("profiles/:profile/redemptions/:redemption", use: show)
        // Hummingbird needs one parameter name per position: `{redemption}` holds the type here.
        group.get("profiles/:profile/redemptions/:redemption/:id/count", use: count)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try await existingProfile(context)
        let parameters = try request.queryParameters()
        var query = try ListQuery.parse(parameters, schema: .redemptions)
        query.conditions.append(.equals(column: "profile_id", value: .text(profileID)))
        let page = try await store.redemptions(query)
        var redemptions: [Redemption] = []
        for record in page.items { redemptions.append(try await Resources.redemption(record, store: store)) }
        return Respond.page(redemptions, total: page.total, page: query.page, request: request, parameters: parameters)
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try context.profileID()
        let record = try await store.redemption(id: try context.integer("redemption")).orNotFound()
        guard record.profileID == profileID else { throw OmneoHTTPError.notFound }
        return Respond.data(try await Resources.redemption(record, store: store))
    }

    @Sendable func count(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try await existingProfile(context)
        let type = try context.text("redemption")
        guard RedeemedItem.types.contains(type) else {
            throw OmneoHTTPError.invalid("type", "The type must be one of benefit, reward, point, credit.")
        }
        let id = try context.integer("id")
        let query = StoreQuery(
            conditions: [.equals(column: "profile_id", value: .text(profileID))],
            page: PageRequest(number: 1, size: Self.countScanLimit))
        let count = try await store.redemptions(query).items.filter { redemption in
            redemption.items.contains { $0.type == type && $0.id == id }
        }.count
        return Respond.data(RedemptionCount(count: count))
    }

    private func existingProfile(_ context: BasicRequestContext) async throws -> String {
        let profileID = try context.profileID()
        _ = try await store.profile(id: profileID).orNotFound()
        return profileID
    }
}
