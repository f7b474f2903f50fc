extension ListQuerySchema {
    /// Credits, the latest issued first.
    static let credits = ListQuerySchema(
        sortFields: [
            "id": "id", "issued_at": "issued_at", "expires_at": "expires_at", "value_remaining": "value_remaining",
            "created_at": "created_at",
        ],
        defaultSort: [StoreSort(column: "issued_at", descending: true)],
        filters: [
            "credit_definition_id": .integer(column: "credit_definition_id"),
            "external_id": .exact(column: "external_id"), "credit_number": .exact(column: "credit_number"),
        ]
    )
}
