import Hummingbird
import OmneoHTTP

/// `/transactions[/{transaction}]`: the retailer's transactions with their items (`omneo-sdk`
/// `src/types/transaction.ts`), the fixtures of the SDK's transaction scenarios. DELETE → 204.
struct TransactionRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("transactions", use: index)
        group.post("transactions", use: create)
        group.get("transactions/:transaction", use: show)
        group.delete("transactions/:transaction", use: delete)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let parameters = try request.queryParameters()
        let query = try ListQuery.parse(parameters, schema: .transactions)
        let page = try await store.transactions(query)
        return Respond.page(
            try await Resources.transactions(page.items, store: store), total: page.total, page: query.page,
            request: request, parameters: parameters)
    }

    @Sendable func create(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let input = try TransactionInput.read(try await request.jsonObject(), now: Timestamp.now())
        try await store.checkReferences(profileID: input.record.profileID, locationID: input.record.locationID)
        let (record, items) = try await store.insertTransaction(input.record, items: input.items)
        return Respond.created(Resources.transaction(record, items: items))
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let record = try await store.transaction(id: try context.integer("transaction")).orNotFound()
        return Respond.data(try await Resources.transactions([record], store: store)[0])
    }

    @Sendable func delete(_ request: Request, context: BasicRequestContext) async throws -> Response {
        try await store.deleteTransaction(id: try context.integer("transaction")).orNotFound()
        return Respond.noContent()
    }
}
