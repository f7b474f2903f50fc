import OmneoModels

extension Resources {
    /// The profile's transaction lines as `transactionitems/list/…` and `…/list-item` answer them:
    /// each with its transaction's summary and, with `includeListItems`, the list items it is
    /// linked to (each with its list).
    static func profileTransactionItems(
        _ items: [TransactionItemRecord], transactions: [Int: TransactionRecord],
        links: [Int: [TransactionItemLinkRecord]], includeListItems: Bool, store: any SandboxStore
    ) async throws -> [ProfileTransactionItem] {
        var answers: [ProfileTransactionItem] = []
        for item in items {
            let transaction = transactions[item.transactionID]
            var listItems: [TransactionItemListItem]?
            if includeListItems {
                listItems = []
                for link in links[item.id ?? 0] ?? [] {
                    guard let listItem = try await store.listItem(id: link.listItemID) else { continue }
                    let list = try await store.list(
                        profileID: transaction?.profileID ?? "", .id(listItem.listID))
                    listItems?.append(
                        TransactionItemListItem(
                            id: listItem.id ?? 0, productListID: listItem.listID, listName: list?.name,
                            listHandle: list?.handle, listDescription: list?.description,
                            quantity: listItem.quantity, position: listItem.position, status: listItem.status,
                            meta: JSONText.decode(listItem.meta), linkedAt: link.createdAt,
                            createdAt: listItem.createdAt, updatedAt: listItem.updatedAt))
                }
            }
            answers.append(
                ProfileTransactionItem(
                    item: transactionItem(item),
                    transaction: transaction.map {
                        .init(transactedAt: $0.transactedAt, receiptRef: $0.receiptRef, externalID: $0.externalID)
                    },
                    listItems: listItems))
        }
        return answers
    }
}
