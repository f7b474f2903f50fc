extension ListQuerySchema {
    /// A profile's transaction claims, the latest first (`omneo-sdk` `src/types/transactions/*`,
    /// `RequestQueryTransactionClaim`: its `filter[…]` fields, matched exactly).
    static let transactionClaims = ListQuerySchema(
        sortFields: [
            "id": "id", "created_at": "created_at", "updated_at": "updated_at",
            "transaction_transacted_at": "transaction_transacted_at",
        ],
        defaultSort: [StoreSort(column: "id", descending: true)],
        filters: [
            "status": .exact(column: "status"),
            "transaction_receipt_ref": .exact(column: "transaction_receipt_ref"),
            "transaction_transacted_at": .exact(column: "transaction_transacted_at"),
            "transaction_timezone": .exact(column: "transaction_timezone"),
            "transaction_total": .exact(column: "transaction_total"),
            "transaction_location_external_code": .exact(column: "transaction_location_external_code"),
        ]
    )
}
