/// A product variant of the seeded catalogue that transactions sell.
struct SeedCatalogueVariant {
    var productID: Int
    var variantID: Int
    var sku: String
    var name: String
    var price: Double
    var department: String
}

/// The seeded catalogue: what the seeded transactions sell.
let seedCatalogue: [SeedCatalogueVariant] = [
    .init(productID: 501, variantID: 5011, sku: "TEE-ORG-WHT-M", name: "Organic Cotton Tee White M", price: 39.95, department: "Tops"),
    .init(productID: 502, variantID: 5021, sku: "JEAN-SLM-IND-32", name: "Slim Jean Indigo 32", price: 129.00, department: "Denim"),
    .init(productID: 503, variantID: 5031, sku: "SNK-RUN-BLK-9", name: "Runner Sneaker Black 9", price: 179.95, department: "Footwear"),
    .init(productID: 504, variantID: 5041, sku: "KNT-MER-NVY-L", name: "Merino Knit Navy L", price: 149.00, department: "Knitwear"),
    .init(productID: 505, variantID: 5051, sku: "SCF-WOL-GRY", name: "Wool Scarf Grey", price: 59.95, department: "Accessories"),
]

/// The seeded profile's transactions and their items, ids from `nextTransactionID` and
/// `nextItemID` on: an in-store sale of two lines, an online order of one line, and (every
/// other profile) a refund of the first line of the sale in the same order.
func seedTransactions(
    profileID: String, index: Int, locationID: Int, nextTransactionID: inout Int, nextItemID: inout Int
) -> ([TransactionRecord], [TransactionItemRecord]) {
    let catalogue = seedCatalogue
    let day = 1 + index * 3
    let sale = [catalogue[index % catalogue.count], catalogue[(index + 1) % catalogue.count]]
    let online = [catalogue[(index + 3) % catalogue.count]]
    var specs: [(order: String, external: String, at: String, location: Int?, lines: [(SeedCatalogueVariant, Double)])] =
        [
            ("SO-\(10_000 + index)", "POS-\(index + 1)-0001", "2026-02-\(String(format2: day)) 11:20:00", locationID,
                sale.map { ($0, 1) }),
            ("WEB-\(20_000 + index)", "WEB-\(index + 1)-0001", "2026-02-\(String(format2: day + 1)) 19:05:00", nil,
                online.map { ($0, 2) }),
        ]
    if index % 2 == 0 {
        specs.append(
            ("SO-\(10_000 + index)", "POS-\(index + 1)-0002", "2026-02-\(String(format2: day + 2)) 10:00:00", locationID,
                [(sale[0], -1)]))
    }
    var transactions: [TransactionRecord] = []
    var items: [TransactionItemRecord] = []
    for spec in specs {
        nextTransactionID += 1
        let total = spec.lines.reduce(0) { $0 + $1.0.price * $1.1 }
        var transaction = TransactionRecord(
            id: nextTransactionID, profileID: profileID, total: total, transactedAt: spec.at, createdAt: spec.at,
            updatedAt: spec.at)
        transaction.externalID = spec.external
        transaction.locationID = spec.location
        transaction.timezone = "Australia/Melbourne"
        transaction.receiptRef = "R" + spec.external
        transaction.orderNumber = spec.order
        transaction.currency = "AUD"
        transaction.tags = spec.location == nil ? ["online"] : ["in-store"]
        transactions.append(transaction)
        for (variant, quantity) in spec.lines {
            nextItemID += 1
            var item = TransactionItemRecord(
                id: nextItemID, transactionID: nextTransactionID, name: variant.name, quantity: quantity,
                createdAt: spec.at, updatedAt: spec.at)
            item.productID = variant.productID
            item.productVariantID = variant.variantID
            item.sku = variant.sku
            item.priceCurrent = variant.price
            item.priceSell = variant.price
            item.priceOriginal = variant.price
            item.department = variant.department
            items.append(item)
        }
    }
    return (transactions, items)
}
