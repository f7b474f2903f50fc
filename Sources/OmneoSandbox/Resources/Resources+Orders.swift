import OmneoModels

extension Resources {
    static func order(_ record: OrderRecord, items: [OrderItemRecord]) -> Order {
        var order = Order(
            id: record.id ?? 0, profileID: record.profileID, total: record.total,
            items: items.map { OrderItem(orderID: $0.orderID, line: transactionItem($0.line)) })
        order.externalID = record.externalID
        order.orderNumber = record.orderNumber
        order.locationID = record.locationID
        order.totalOriginal = record.totalOriginal
        order.isVoid = record.isVoid
        order.transactedAt = record.transactedAt
        order.timezone = record.timezone
        order.receiptRef = record.receiptRef
        order.currency = record.currency
        order.status = record.status
        order.type = record.type
        order.tags = record.tags
        order.meta = JSONText.decode(record.meta)
        order.createdAt = record.createdAt
        order.updatedAt = record.updatedAt
        return order
    }

    /// Orders with their lines.
    static func orders(_ records: [OrderRecord], store: any SandboxStore) async throws -> [Order] {
        let items = Dictionary(grouping: try await store.orderItems(orderIDs: records.compactMap(\.id)), by: \.orderID)
        return records.map { order($0, items: $0.id.flatMap { items[$0] } ?? []) }
    }

    /// `group_orders`: orders sharing an `order_number` form one group (an order without one
    /// is its own), the latest transacted first; `total` is the sum of the group's totals.
    static func groupedOrders(_ orders: [Order]) -> [GroupedOrder] {
        var groups: [String: [Order]] = [:]
        var keys: [String] = []
        for order in orders {
            let key = order.orderNumber.map { "number:" + $0 } ?? "order:\(order.id)"
            if groups[key] == nil { keys.append(key) }
            groups[key, default: []].append(order)
        }
        let grouped = keys.compactMap { key -> GroupedOrder? in
            guard let members = groups[key],
                let latest = members.max(by: { ($0.transactedAt ?? "", $0.id) < ($1.transactedAt ?? "", $1.id) })
            else { return nil }
            return GroupedOrder(
                orderNumber: latest.orderNumber, orderID: latest.id, numberOrders: members.count,
                total: members.compactMap(\.total).reduce(0, +), latestUpdatedAt: members.compactMap(\.updatedAt).max(),
                latestTransactedAt: latest.transactedAt, orders: members)
        }
        return grouped.sorted { ($0.latestTransactedAt ?? "", $0.orderID) > ($1.latestTransactedAt ?? "", $1.orderID) }
    }
}
