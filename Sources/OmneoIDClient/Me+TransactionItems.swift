import Foundation
import OmneoModels

extension OmneoIDClient.Me {
    /// A page of the lines of the profile's transactions linked to none of its list items
    /// (`GET /profiles/me/transactionitems/list/unassigned?include_list_item=1`).
    public func unassignedTransactionItems(page: Int? = nil, pageSize: Int? = nil) async throws
        -> PageEnvelope<ProfileTransactionItem>
    {
        try await transactionItems("unassigned", page: page, pageSize: pageSize)
    }

    /// A page of the lines of the profile's transactions linked to its list items, with them
    /// (`GET /profiles/me/transactionitems/list/assigned?include_list_item=1`).
    public func assignedTransactionItems(page: Int? = nil, pageSize: Int? = nil) async throws
        -> PageEnvelope<ProfileTransactionItem>
    {
        try await transactionItems("assigned", page: page, pageSize: pageSize)
    }

    /// Links a line of the profile's transactions to one of its list items; returns the line
    /// with its list items (`POST /profiles/me/transactions/items/{id}/list-item`, `link`).
    @discardableResult
    public func linkTransactionItem(_ transactionItemID: Int, toListItem listItemID: Int) async throws
        -> ProfileTransactionItem
    {
        try await listItemLink(transactionItemID, listItemID, type: "link")
    }

    /// Removes that link (the same call with `unlink`).
    @discardableResult
    public func unlinkTransactionItem(_ transactionItemID: Int, fromListItem listItemID: Int) async throws
        -> ProfileTransactionItem
    {
        try await listItemLink(transactionItemID, listItemID, type: "unlink")
    }

    /// Takes one of the profile's transactions off it; returns the transaction, now without a
    /// profile (`GET /profiles/me/transactions/{id}/unattach`, as Omneo's SDK calls it).
    @discardableResult
    public func unattachTransaction(_ id: Int) async throws -> Transaction {
        try await client.data(Transaction.self, .get, path("transactions", String(id), "unattach"))
    }

    private func transactionItems(_ which: String, page: Int?, pageSize: Int?) async throws
        -> PageEnvelope<ProfileTransactionItem>
    {
        try await client.page(
            ProfileTransactionItem.self, path("transactionitems", "list", which),
            query: [URLQueryItem(name: "include_list_item", value: "1")] + pagingQuery(page: page, pageSize: pageSize))
    }

    private func listItemLink(_ transactionItemID: Int, _ listItemID: Int, type: String) async throws
        -> ProfileTransactionItem
    {
        try await client.data(
            ProfileTransactionItem.self, .post, path("transactions", "items", String(transactionItemID), "list-item"),
            body: JSONCoding.body(ListItemLinkBody(productListItemID: listItemID, type: type)))
    }
}

/// `{"product_list_item_id": …, "type": "link"|"unlink"}` (`omneo-sdk` `LinkTransactionItemListItemInput`).
private struct ListItemLinkBody: Encodable, Sendable {
    let productListItemID: Int
    let type: String

    enum CodingKeys: String, CodingKey {
        case productListItemID = "product_list_item_id"
        case type
    }
}
