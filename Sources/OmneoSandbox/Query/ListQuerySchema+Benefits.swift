extension ListQuerySchema {
    /// Benefits, the latest issued first (`RequestQueryBenefit`).
    static let benefits = ListQuerySchema(
        sortFields: [
            "id": "id", "issued_at": "issued_at", "expires_at": "expires_at", "claimed_at": "claimed_at",
            "created_at": "created_at",
        ],
        defaultSort: [StoreSort(column: "issued_at", descending: true)],
        filters: [
            "benefit_definition_id": .integer(column: "benefit_definition_id"),
            "external_id": .exact(column: "external_id"), "timezone": .exact(column: "timezone"),
        ]
    )
}
