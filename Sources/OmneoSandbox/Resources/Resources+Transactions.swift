import OmneoModels

extension Resources {
    static func transaction(_ record: TransactionRecord, items: [TransactionItemRecord]) -> Transaction {
        Transaction(
            id: record.id ?? 0, externalID: record.externalID, profileID: record.profileID,
            locationID: record.locationID, total: record.total, totalOriginal: record.totalOriginal,
            isVoid: record.isVoid, transactedAt: record.transactedAt, timezone: record.timezone,
            receiptRef: record.receiptRef, currency: record.currency, tags: record.tags,
            meta: JSONText.decode(record.meta), items: items.map(transactionItem), createdAt: record.createdAt,
            updatedAt: record.updatedAt)
    }

    static func transactionItem(_ record: TransactionItemRecord) -> TransactionItem {
        TransactionItem(
            id: record.id ?? 0, transactionID: record.transactionID, externalID: record.externalID, name: record.name,
            productID: record.productID, productVariantID: record.productVariantID, sku: record.sku,
            variantExternalID: record.variantExternalID, isVoid: record.isVoid, quantity: record.quantity,
            priceCurrent: record.priceCurrent, priceSell: record.priceSell, priceOriginal: record.priceOriginal,
            department: record.department, createdAt: record.createdAt, updatedAt: record.updatedAt)
    }

    /// Transactions with their items.
    static func transactions(_ records: [TransactionRecord], store: any SandboxStore) async throws -> [Transaction] {
        let items = Dictionary(
            grouping: try await store.transactionItems(transactionIDs: records.compactMap(\.id)), by: \.transactionID)
        return records.map { transaction($0, items: $0.id.flatMap { items[$0] } ?? []) }
    }
}
