import Hummingbird
import OmneoHTTP
import OmneoModels

/// A profile's transactions, as `omneo-sdk` `src/id/resources/profile/transactions` calls
/// them: `transactions[/{transaction}]` (paged, with items; another profile's transaction is
/// 404), `find-transactions?filter[field]=value` (the latest match, 404 when none),
/// `group_transactions` (orders, in Laravel's plain paginator) and `transaction-products`
/// (the variants bought, `filter[transacted_at]` = since).
struct ProfileTransactionRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("profiles/:profile/transactions", use: index)
        group.get("profiles/:profile/transactions/:transaction", use: show)
        group.get("profiles/:profile/find-transactions", use: find)
        group.get("profiles/:profile/group_transactions", use: grouped)
        group.get("profiles/:profile/transaction-products", use: products)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try await store.existingProfileID(context)
        let parameters = try request.queryParameters()
        var query = try ListQuery.parse(parameters, schema: .transactions)
        query.conditions.append(.equals(column: "profile_id", value: .text(profileID)))
        let page = try await store.transactions(query)
        return Respond.page(
            try await Resources.transactions(page.items, store: store), total: page.total, page: query.page,
            request: request, parameters: parameters)
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try await store.existingProfileID(context)
        let record = try await store.transaction(id: try context.integer("transaction")).orNotFound()
        guard record.profileID == profileID else { throw OmneoHTTPError.notFound }
        return Respond.data(try await Resources.transactions([record], store: store)[0])
    }

    @Sendable func find(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try await store.existingProfileID(context)
        var query = try ListQuery.parse(try request.queryParameters(), schema: .transactions)
        guard !query.conditions.isEmpty else {
            throw OmneoHTTPError.invalid(["filter": ["A filter[field]=value is required."]])
        }
        query.conditions.append(.equals(column: "profile_id", value: .text(profileID)))
        query.page = PageRequest(number: 1, size: 1)
        let record = try await store.transactions(query).items.first.orNotFound()
        return Respond.data(try await Resources.transactions([record], store: store)[0])
    }

    @Sendable func grouped(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try await store.existingProfileID(context)
        let parameters = try request.queryParameters()
        let page = try ListQuery.parse(parameters, schema: .pagingOnly).page
        let orders = TransactionSummaries.orders(try await store.transactions(profileID: profileID))
        let slice = Array(orders.dropFirst(page.offset).prefix(page.size))
        let envelope = Pagination.envelope(
            slice, total: orders.count, page: page, request: request, parameters: parameters)
        return JSONBody.response(PlainPaginator(envelope))
    }

    @Sendable func products(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try await store.existingProfileID(context)
        let parameters = try request.queryParameters()
        var errors = FieldErrors()
        for (key, _) in parameters.pairs where key.hasPrefix("filter[") && key != "filter[transacted_at]" {
            errors.add(key, "The filter \"\(key.dropFirst(7).dropLast())\" is not supported.")
        }
        let since = parameters["filter[transacted_at]"]
        if let since, !(TransactionInput.isDateTime(since) || CalendarText.isDate(since)) {
            errors.add("filter[transacted_at]", "The filter[transacted_at] must be YYYY-MM-DD or YYYY-MM-DD HH:MM:SS.")
        }
        try errors.check()
        let records = try await store.transactions(profileID: profileID)
        let items = try await store.transactionItems(transactionIDs: records.compactMap(\.id))
        return Respond.data(TransactionSummaries.products(records, items: items, transactedSince: since))
    }
}

/// Laravel's plain paginator (`current_page`, `data`, `first_page_url`, …, `total` side by
/// side), the shape of `group_transactions` (`omneo-sdk` `src/types/profiles/transaction.ts`,
/// `ProfileTransactionIndexGroupResponse`).
struct PlainPaginator<Resource: Codable & Sendable>: Encodable, Sendable {
    let envelope: PageEnvelope<Resource>

    init(_ envelope: PageEnvelope<Resource>) {
        self.envelope = envelope
    }

    enum CodingKeys: String, CodingKey {
        case currentPage = "current_page"
        case data
        case firstPageURL = "first_page_url"
        case from
        case lastPage = "last_page"
        case lastPageURL = "last_page_url"
        case nextPageURL = "next_page_url"
        case path
        case perPage = "per_page"
        case prevPageURL = "prev_page_url"
        case to, total
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(envelope.meta.currentPage, forKey: .currentPage)
        try c.encode(envelope.data, forKey: .data)
        try c.encode(envelope.links.first, forKey: .firstPageURL)
        try c.encode(envelope.meta.from, forKey: .from)
        try c.encode(envelope.meta.lastPage, forKey: .lastPage)
        try c.encode(envelope.links.last, forKey: .lastPageURL)
        try c.encode(envelope.links.next, forKey: .nextPageURL)
        try c.encode(envelope.meta.path, forKey: .path)
        try c.encode(envelope.meta.perPage, forKey: .perPage)
        try c.encode(envelope.links.prev, forKey: .prevPageURL)
        try c.encode(envelope.meta.to, forKey: .to)
        try c.encode(envelope.meta.total, forKey: .total)
    }
}
