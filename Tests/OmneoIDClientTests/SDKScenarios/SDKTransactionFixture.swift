import Foundation
import OmneoModels
import Testing

/// The transaction Omneo's SDK ID tests create as a fixture (`POST /transactions` through the
/// admin API): one $49.99 line of a product variant at location 1, transacted now.
enum SDKTransactionFixture {
    /// Creates it for `profileID`; answers the transaction (with its line).
    static func create(
        _ live: LiveGateway, profileID: String, itemName: String, receiptRef: String? = nil, timezone: String = "UTC"
    ) async throws -> Transaction {
        var payload: [String: JSONValue] = [
            "profile_id": .string(profileID), "total": .number(49.99), "timezone": .string(timezone),
            "transacted_at": .string(now), "location_id": .string("1"),
            "items": .array([
                .object([
                    "product_variant_id": .number(77_001), "name": .string(itemName), "price_current": .number(49.99),
                    "price_sell": .number(49.99), "quantity": .number(1),
                ])
            ]),
        ]
        if let receiptRef { payload["receipt_ref"] = .string(receiptRef) }
        let body = String(decoding: try JSONEncoder().encode(payload), as: UTF8.self)
        let created = try await live.sandbox.request(.POST, "/transactions", json: body)
        #expect(created.status == 201, "\(created.text)")
        return try created.decode(DataEnvelope<Transaction>.self).data
    }

    /// Now, as the SDK's tests write it (`new Date().toISOString()`, `YYYY-MM-DD HH:MM:SS`).
    static var now: String { IDTransactionsScenarioTests.timestamp(Date()) }
}
