extension ListQuerySchema {
    /// A profile's tier points, the latest issued first.
    static let tierPoints = ListQuerySchema(
        sortFields: [
            "id": "id", "issued_at": "issued_at", "accrued_at": "accrued_at", "value": "value",
            "created_at": "created_at",
        ],
        defaultSort: [StoreSort(column: "issued_at", descending: true)],
        filters: ["status": .exact(column: "status"), "point_definition_id": .integer(column: "point_definition_id")]
    )
}
