extension ListQuerySchema {
    /// Orders, the latest transacted first (`omneo-sdk` `src/types/orders.ts`, `RequestQueryOrder`:
    /// its `filter[…]` fields that are columns, matched exactly).
    static let orders = ListQuerySchema(
        sortFields: [
            "id": "id", "transacted_at": "transacted_at", "total": "total", "created_at": "created_at",
            "updated_at": "updated_at",
        ],
        defaultSort: [StoreSort(column: "transacted_at", descending: true), StoreSort(column: "id", descending: true)],
        filters: [
            "id": .integer(column: "id"), "profile_id": .exact(column: "profile_id"),
            "external_id": .exact(column: "external_id"), "order_number": .exact(column: "order_number"),
            "receipt_ref": .exact(column: "receipt_ref"), "location_id": .integer(column: "location_id"),
            "timezone": .exact(column: "timezone"), "status": .exact(column: "status"), "type": .exact(column: "type"),
            "is_void": .boolean(column: "is_void"),
        ]
    )
}
