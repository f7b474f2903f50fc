/// One open online order per seeded profile: a click-and-collect order of a catalogue
/// variant, `processing`, numbered `WEB-ORD-{n}`.
func seedOrders() -> (orders: [OrderRecord], items: [OrderItemRecord]) {
    var orders: [OrderRecord] = []
    var items: [OrderItemRecord] = []
    for (index, seed) in seedProfiles.enumerated() {
        let variant = seedCatalogue[(index + 2) % seedCatalogue.count]
        let at = "2026-03-\(String(format2: 10 + index)) 12:30:00"
        var transaction = TransactionRecord(
            id: index + 1, profileID: seed.id, total: variant.price, transactedAt: at, createdAt: at, updatedAt: at)
        transaction.externalID = "web-order-\(index + 1)"
        transaction.orderNumber = "WEB-ORD-\(1000 + index)"
        transaction.timezone = "Australia/Melbourne"
        transaction.currency = "AUD"
        transaction.locationID = seed.joinedLocationID
        orders.append(OrderRecord(transaction, status: "processing", type: "click_and_collect"))
        var line = TransactionItemRecord(
            id: index + 1, transactionID: index + 1, name: variant.name, createdAt: at, updatedAt: at)
        line.productID = variant.productID
        line.productVariantID = variant.variantID
        line.sku = variant.sku
        line.priceCurrent = variant.price
        line.priceSell = variant.price
        line.department = variant.department
        items.append(OrderItemRecord(orderID: index + 1, line: line))
    }
    return (orders, items)
}
