import Hummingbird
import OmneoHTTP

/// A profile's orders, as `omneo-sdk` `src/id/resources/profile/orders` calls them:
/// `profiles/{id}/orders` (paged, latest first, the order filters), `…/orders/{order}` (another
/// profile's is 404) and `…/group_orders` (orders grouped by `order_number`, in Laravel's plain
/// paginator, as `group_transactions`).
struct ProfileOrderRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("profiles/:profile/orders", use: index)
        group.get("profiles/:profile/orders/:order", use: show)
        group.get("profiles/:profile/group_orders", use: grouped)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try await store.existingProfileID(context)
        let parameters = try request.queryParameters()
        var query = try ListQuery.parse(parameters, schema: .orders)
        query.conditions.append(.equals(column: "profile_id", value: .text(profileID)))
        return try await OrderRoutes.page(store, query, request: request, parameters: parameters)
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let record = try await store.order(id: try context.integer("order")).orNotFound()
        guard record.profileID == (try context.profileID()) else { throw OmneoHTTPError.notFound }
        return Respond.data(try await Resources.orders([record], store: store)[0])
    }

    @Sendable func grouped(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try await store.existingProfileID(context)
        let parameters = try request.queryParameters()
        let page = try ListQuery.parse(parameters, schema: .pagingOnly).page
        let groups = Resources.groupedOrders(
            try await Resources.orders(try await store.orders(profileID: profileID), store: store))
        let slice = Array(groups.dropFirst(page.offset).prefix(page.size))
        let envelope = Pagination.envelope(slice, total: groups.count, page: page, request: request, parameters: parameters)
        return JSONBody.response(PlainPaginator(envelope))
    }
}
