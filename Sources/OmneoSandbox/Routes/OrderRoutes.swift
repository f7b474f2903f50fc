import Hummingbird
import OmneoHTTP

/// `/orders[/{order}]`: the retailer's orders with their lines (`omneo-sdk` `src/types/orders.ts`),
/// the fixtures of the SDK's order scenarios: GET (paged, latest first, the order filters),
/// POST (201; `profile_id` and `location_id` must exist), GET one, DELETE → 204.
struct OrderRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("orders", use: index)
        group.post("orders", use: create)
        group.get("orders/:order", use: show)
        group.delete("orders/:order", use: delete)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let parameters = try request.queryParameters()
        let query = try ListQuery.parse(parameters, schema: .orders)
        return try await Self.page(store, query, request: request, parameters: parameters)
    }

    @Sendable func create(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let input = try OrderInput.read(try await request.jsonObject(), now: Timestamp.now())
        try await store.checkReferences(profileID: input.record.profileID, locationID: input.record.locationID)
        let (record, items) = try await store.insertOrder(input.record, items: input.items)
        return Respond.created(Resources.order(record, items: items))
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let record = try await store.order(id: try context.integer("order")).orNotFound()
        return Respond.data(try await Resources.orders([record], store: store)[0])
    }

    @Sendable func delete(_ request: Request, context: BasicRequestContext) async throws -> Response {
        try await store.deleteOrder(id: try context.integer("order")).orNotFound()
        return Respond.noContent()
    }

    /// A page of orders matching `query`, with their lines.
    static func page(
        _ store: any SandboxStore, _ query: StoreQuery, request: Request, parameters: QueryParameters
    ) async throws -> Response {
        let page = try await store.orders(query)
        return Respond.page(
            try await Resources.orders(page.items, store: store), total: page.total, page: query.page,
            request: request, parameters: parameters)
    }
}
