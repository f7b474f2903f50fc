import OmneoModels

/// What the sandbox derives from a profile's transactions: orders (`group_transactions`) and
/// the product variants bought (`transaction-products`). Plain synchronous computations.
enum TransactionSummaries {
    /// One entry per order: transactions sharing an `order_number` form one order, a
    /// transaction without one is an order of its own. Latest order first.
    static func orders(_ records: [TransactionRecord]) -> [GroupedTransaction] {
        var groups: [String: [TransactionRecord]] = [:]
        var keys: [String] = []
        for record in records {
            let key = record.orderNumber.map { "order:" + $0 } ?? "transaction:\(record.id ?? 0)"
            if groups[key] == nil { keys.append(key) }
            groups[key, default: []].append(record)
        }
        let orders = keys.compactMap { key -> GroupedTransaction? in
            guard let members = groups[key],
                let latest = members.max(by: { ($0.transactedAt, $0.id ?? 0) < ($1.transactedAt, $1.id ?? 0) })
            else { return nil }
            return GroupedTransaction(
                orderNumber: latest.orderNumber, transactionID: latest.id ?? 0, numberTransactions: members.count,
                latestUpdatedAt: members.map(\.updatedAt).max(), latestTransactedAt: latest.transactedAt)
        }
        return orders.sorted {
            ($0.latestTransactedAt ?? "", $0.transactionID) > ($1.latestTransactedAt ?? "", $1.transactionID)
        }
    }

    /// The product variants on the lines of `records` transacted at or after `since`
    /// (`YYYY-MM-DD[ HH:MM:SS]`, text order), most recently bought first. Lines without a
    /// variant id and void lines are left out; negative quantities count as refunds.
    static func products(
        _ records: [TransactionRecord], items: [TransactionItemRecord], transactedSince since: String?
    ) -> [TransactionProduct] {
        let transactions = Dictionary(
            uniqueKeysWithValues: records.compactMap { record in record.id.map { ($0, record) } })
        var products: [Int: TransactionProduct] = [:]
        for item in items where !item.isVoid {
            guard let variant = item.productVariantID, let transaction = transactions[item.transactionID],
                !transaction.isVoid, since.map({ transaction.transactedAt >= $0 }) ?? true
            else { continue }
            var product =
                products[variant]
                ?? TransactionProduct(
                    id: variant, productID: item.productID, sku: item.sku, title: item.name, price: item.priceSell,
                    count: 0, purchaseQuantity: 0, refundQuantity: 0)
            product.count += 1
            if item.quantity < 0 {
                product.refundQuantity += -item.quantity
            } else {
                product.purchaseQuantity += item.quantity
            }
            if product.latestTransactedAt.map({ transaction.transactedAt > $0 }) ?? true {
                product.latestTransactedAt = transaction.transactedAt
                product.title = item.name
                product.price = item.priceSell ?? product.price
            }
            products[variant] = product
        }
        return products.values.sorted {
            ($0.latestTransactedAt ?? "", $0.id) > ($1.latestTransactedAt ?? "", $1.id)
        }
    }
}
