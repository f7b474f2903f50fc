import OmneoHTTP

/// A new transaction (`POST /transactions`, as the SDK's ID tests create fixtures: `omneo-sdk`
/// `src/tests/integration/id/profile/products/id-list-transaction-products.test.ts`): `total`
/// and `transacted_at` (`YYYY-MM-DD HH:MM:SS`) required; `profile_id` and `location_id` must
/// name existing rows (checked by the route); each of `items` needs a `name`.
struct TransactionInput: Sendable {
    var record: TransactionRecord
    var items: [TransactionItemRecord]

    static let allowed: Set<String> = [
        "profile_id", "external_id", "location_id", "total", "total_original", "is_void", "transacted_at", "timezone",
        "receipt_ref", "order_number", "currency", "tags", "meta", "items",
    ]
    static let allowedItemFields: Set<String> = [
        "external_id", "name", "product_id", "product_variant_id", "sku", "variant_external_id", "is_void", "quantity",
        "price_current", "price_sell", "price_original", "department", "product_variant",
    ]

    /// Reads a transaction; `extra` are further top-level fields the caller reads itself
    /// from `reader` (an order's `status` and `type`), before the errors are checked.
    static func read(
        _ object: [String: JSONValue], now: String, allowing extra: Set<String> = [],
        readingExtra readExtra: (inout InputReader) -> Void = { _ in }
    ) throws -> TransactionInput {
        var reader = InputReader(object, mode: .create, allowed: allowed.union(extra))
        readExtra(&reader)
        let transactedAt = reader.string("transacted_at", required: true, nullable: false, maxLength: 19).value
        if let transactedAt, !isDateTime(transactedAt) {
            reader.add("transacted_at", "The transacted at field must be a date and time YYYY-MM-DD HH:MM:SS.")
        }
        let total = number(&reader, "total", required: true)
        var record = TransactionRecord(
            profileID: nil, total: total ?? 0, transactedAt: transactedAt ?? "", createdAt: now, updatedAt: now)
        reader.identifier("profile_id").apply(to: &record.profileID)
        record.profileID = record.profileID?.lowercased()
        reader.string("external_id").apply(to: &record.externalID)
        record.locationID = identifier(&reader, "location_id")
        record.totalOriginal = number(&reader, "total_original", required: false)
        reader.boolean("is_void").apply(to: &record.isVoid)
        reader.string("timezone", maxLength: 64).apply(to: &record.timezone)
        reader.string("receipt_ref").apply(to: &record.receiptRef)
        reader.string("order_number").apply(to: &record.orderNumber)
        reader.string("currency", maxLength: 3).apply(to: &record.currency)
        reader.strings("tags").apply(to: &record.tags)
        reader.jsonObject("meta").apply(to: &record.meta)
        var items: [TransactionItemRecord] = []
        if case .value(let entries) = reader.array("items") {
            for (index, entry) in entries.enumerated() {
                guard case .object(let fields) = entry else {
                    reader.add("items.\(index)", "Each items entry must be an object.")
                    continue
                }
                var itemReader = InputReader(
                    fields, mode: .create, allowed: allowedItemFields, prefix: "items.\(index).", errors: reader.errors)
                items.append(readItem(&itemReader, now: now))
                reader.errors = itemReader.errors
            }
        }
        try reader.errors.check()
        return TransactionInput(record: record, items: items)
    }

    private static func readItem(_ reader: inout InputReader, now: String) -> TransactionItemRecord {
        let name = reader.string("name", required: true, nullable: false).value ?? ""
        var item = TransactionItemRecord(transactionID: 0, name: name, createdAt: now, updatedAt: now)
        reader.string("external_id").apply(to: &item.externalID)
        item.productID = identifier(&reader, "product_id")
        item.productVariantID = identifier(&reader, "product_variant_id")
        reader.string("sku").apply(to: &item.sku)
        reader.string("variant_external_id").apply(to: &item.variantExternalID)
        reader.boolean("is_void").apply(to: &item.isVoid)
        item.quantity = number(&reader, "quantity", required: false) ?? 1
        item.priceCurrent = number(&reader, "price_current", required: false)
        item.priceSell = number(&reader, "price_sell", required: false)
        item.priceOriginal = number(&reader, "price_original", required: false)
        reader.string("department").apply(to: &item.department)
        // `product_variant` (`omneo-sdk` `CreateOrderItemsItem`, `ProductVariantRecord`): the
        // variant described inline; its `product_id` and `sku` fill the line's when not sent.
        if case .value(let variant) = reader.object("product_variant", nullable: true) {
            if item.productID == nil, let productID = variant["product_id"]?.integer { item.productID = productID }
            if item.sku == nil, case .string(let sku)? = variant["sku"] { item.sku = sku }
        }
        return item
    }

    /// A number (or its text); a required one must be present and not null.
    private static func number(_ reader: inout InputReader, _ key: String, required: Bool) -> Double? {
        reader.number(key, required: required, range: -1e12...1e12).value
    }

    /// A positive integer id, sent as a number or as its text (the SDK's tests send
    /// `location_id` as the text of an environment variable).
    private static func identifier(_ reader: inout InputReader, _ key: String) -> Int? {
        switch reader.object[key] {
        case nil, .null?: return nil
        case .string(let text)?:
            if let id = Int(text), id > 0 { return id }
            reader.add(key, "\(InputReader.label(reader.prefix + key)) must be an integer.")
            return nil
        default:
            return reader.integer(key, range: 1...Int(Int32.max)).value
        }
    }

    /// Whether `text` is `YYYY-MM-DD HH:MM:SS`.
    static func isDateTime(_ text: String) -> Bool {
        let parts = text.split(separator: " ", omittingEmptySubsequences: false)
        return parts.count == 2 && CalendarText.isDate(String(parts[0])) && CalendarText.isTime(String(parts[1]))
    }
}
