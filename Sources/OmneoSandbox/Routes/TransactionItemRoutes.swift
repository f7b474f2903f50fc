import Hummingbird
import OmneoHTTP
import OmneoModels

/// The lines of a profile's transactions and their links to its list items, as `omneo-sdk`
/// `src/id/resources/profile/transactions` calls them: `transactionitems/list/unassigned` and
/// `…/assigned` (paged, the latest transacted first; `include_list_item=1` adds
/// `list_items`), `POST transactions/items/{item}/list-item {"product_list_item_id", "type":
/// "link"|"unlink"}` (answers the line with its list items), and `GET
/// transactions/{transaction}/unattach` (the transaction leaves the profile; answered with
/// `profile_id` null).
struct TransactionItemRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("profiles/:profile/transactionitems/list/unassigned", use: unassigned)
        group.get("profiles/:profile/transactionitems/list/assigned", use: assigned)
        group.post("profiles/:profile/transactions/items/:item/list-item", use: link)
        group.get("profiles/:profile/transactions/:transaction/unattach", use: unattach)
    }

    @Sendable func unassigned(_ request: Request, context: BasicRequestContext) async throws -> Response {
        try await lines(request, context, linked: false)
    }

    @Sendable func assigned(_ request: Request, context: BasicRequestContext) async throws -> Response {
        try await lines(request, context, linked: true)
    }

    private func lines(_ request: Request, _ context: BasicRequestContext, linked: Bool) async throws -> Response {
        let profileID = try await store.existingProfileID(context)
        let parameters = try request.queryParameters()
        let page = try ListQuery.parse(parameters, schema: .pagingOnly).page
        let include = try includeListItems(parameters)
        let transactions = try await store.transactions(profileID: profileID)
            .sorted { ($0.transactedAt, $0.id ?? 0) > ($1.transactedAt, $1.id ?? 0) }
        let byID = Dictionary(uniqueKeysWithValues: transactions.map { ($0.id ?? 0, $0) })
        let order = Dictionary(uniqueKeysWithValues: transactions.enumerated().map { ($1.id ?? 0, $0) })
        let items = try await store.transactionItems(transactionIDs: Array(byID.keys))
            .sorted { (order[$0.transactionID] ?? 0, $0.id ?? 0) < (order[$1.transactionID] ?? 0, $1.id ?? 0) }
        let links = Dictionary(
            grouping: try await store.transactionItemLinks(transactionItemIDs: items.compactMap(\.id)),
            by: \.transactionItemID)
        let matching = items.filter { (links[$0.id ?? 0]?.isEmpty == false) == linked }
        let slice = Array(matching.dropFirst(page.offset).prefix(page.size))
        let answers = try await Resources.profileTransactionItems(
            slice, transactions: byID, links: links, includeListItems: include, store: store)
        return JSONBody.response(
            Pagination.envelope(answers, total: matching.count, page: page, request: request, parameters: parameters))
    }

    @Sendable func link(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try await store.existingProfileID(context)
        let item = try await store.transactionItem(id: try context.integer("item")).orNotFound()
        let transaction = try await store.transaction(id: item.transactionID).orNotFound()
        guard transaction.profileID == profileID else { throw OmneoHTTPError.notFound }

        var reader = InputReader(
            try await request.jsonObject(), mode: .create, allowed: ["product_list_item_id", "type"])
        let listItemID = reader.integer("product_list_item_id", required: true, nullable: false, range: 1...Int(Int32.max))
        let type = reader.string("type", required: true, nullable: false, maxLength: 10).value
        if let type, type != "link" && type != "unlink" {
            reader.add("type", "The selected type is invalid (link or unlink).")
        }
        try reader.errors.check()
        guard let listItemID = listItemID.value, let type else { throw OmneoHTTPError.notFound }
        var list: ListRecord?
        if let listItem = try await store.listItem(id: listItemID) {
            list = try await store.list(profileID: profileID, .id(listItem.listID))
        }
        guard list != nil else {
            throw OmneoHTTPError.invalid("product_list_item_id", "The selected product list item id is invalid.")
        }

        let itemID = item.id ?? 0
        if type == "link" {
            let now = Timestamp.now()
            do {
                _ = try await store.insertTransactionItemLink(
                    TransactionItemLinkRecord(transactionItemID: itemID, listItemID: listItemID, createdAt: now, updatedAt: now))
            } catch StoreError.duplicate {
                // Already linked: linking again changes nothing.
            }
        } else {
            _ = try await store.deleteTransactionItemLink(transactionItemID: itemID, listItemID: listItemID)
        }
        let links = try await store.transactionItemLinks(transactionItemIDs: [itemID])
        let answer = try await Resources.profileTransactionItems(
            [item], transactions: [transaction.id ?? 0: transaction], links: [itemID: links], includeListItems: true,
            store: store)
        return Respond.data(answer[0])
    }

    @Sendable func unattach(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try await store.existingProfileID(context)
        let id = try context.integer("transaction")
        guard try await store.transaction(id: id)?.profileID == profileID else { throw OmneoHTTPError.notFound }
        let now = Timestamp.now()
        let updated = try await store.updateTransaction(id: id) { record in
            record.profileID = nil
            record.updatedAt = now
        }
        let transaction = try await Resources.transactions([try updated.orNotFound()], store: store)[0]
        // Omneo answers the now empty `profile_id` as `null` (the SDK's test checks `toBeNull()`).
        return Respond.data(EncodedObject.json(transaction, overriding: ["profile_id": .null]))
    }

    /// `include_list_item`: `1`/`true` or `0`/`false` (absent: no).
    private func includeListItems(_ parameters: QueryParameters) throws -> Bool {
        switch parameters["include_list_item"] {
        case nil, "0", "false": return false
        case "1", "true": return true
        default: throw OmneoHTTPError.invalid("include_list_item", "The include list item field must be 1 or 0.")
        }
    }
}
