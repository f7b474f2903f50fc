import OmneoHTTP

/// A new order (`POST /orders`, as the SDK's order scenarios create fixtures: `omneo-sdk`
/// `src/id/resources/profile/orders/tests/*`, `RequestCreateOrder`): a transaction's fields
/// and rules (`TransactionInput`), plus `status`, `type` and the order fields the sandbox
/// accepts without storing (`due_date`, `fees`, `payments`, `systems`, …).
struct OrderInput: Sendable {
    var record: OrderRecord
    var items: [OrderItemRecord]

    static let orderFields: Set<String> = [
        "status", "type", "due_date", "fees", "payments", "systems", "rounding", "margin", "receipt_email",
        "receipt_is_email", "staff_id", "tender", "custom_fields", "organisation_id", "profile_id_handle",
        "redemption_id",
    ]

    static func read(_ object: [String: JSONValue], now: String) throws -> OrderInput {
        var status: String?
        var type: String?
        let transaction = try TransactionInput.read(object, now: now, allowing: orderFields) { reader in
            status = reader.string("status").value
            type = reader.string("type").value
        }
        return OrderInput(
            record: OrderRecord(transaction.record, status: status, type: type),
            items: transaction.items.map { OrderItemRecord(orderID: 0, line: $0) })
    }
}
