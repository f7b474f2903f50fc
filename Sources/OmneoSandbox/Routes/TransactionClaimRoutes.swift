import Hummingbird
import OmneoHTTP

/// A profile's claims of receipts, as `omneo-sdk` `src/id/resources/profile/transaction-claims`
/// calls them: `profiles/{id}/transactions/claims[/{claim}]` — GET (paged, the latest first,
/// `filter[transaction_receipt_ref]` and the other claim fields), POST (201, `pending`), GET
/// one, DELETE → 204; another profile's claim is 404.
struct TransactionClaimRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("profiles/:profile/transactions/claims", use: index)
        group.post("profiles/:profile/transactions/claims", use: create)
        group.get("profiles/:profile/transactions/claims/:claim", use: show)
        group.delete("profiles/:profile/transactions/claims/:claim", use: delete)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try await store.existingProfileID(context)
        let parameters = try request.queryParameters()
        var query = try ListQuery.parse(parameters, schema: .transactionClaims)
        query.conditions.append(.equals(column: "profile_id", value: .text(profileID)))
        let page = try await store.transactionClaims(query)
        return Respond.page(
            page.items.map(Resources.transactionClaim), total: page.total, page: query.page, request: request,
            parameters: parameters)
    }

    @Sendable func create(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try await store.existingProfileID(context)
        let input = try TransactionClaimInput.read(try await request.jsonObject(), profileID: profileID)
        let record = try await store.insertTransactionClaim(input.record(profileID: profileID, now: Timestamp.now()))
        return Respond.created(Resources.createdTransactionClaim(record, input: input))
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let record = try await store.transactionClaim(profileID: try context.profileID(), id: try context.integer("claim"))
        return Respond.data(Resources.transactionClaim(try record.orNotFound()))
    }

    @Sendable func delete(_ request: Request, context: BasicRequestContext) async throws -> Response {
        try await store.deleteTransactionClaim(profileID: try context.profileID(), id: try context.integer("claim"))
            .orNotFound()
        return Respond.noContent()
    }
}
