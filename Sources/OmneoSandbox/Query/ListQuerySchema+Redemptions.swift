extension ListQuerySchema {
    /// Redemptions, the latest first (`RequestQueryRedemption`).
    static let redemptions = ListQuerySchema(
        sortFields: ["id": "id", "redeem_at": "redeem_at", "total": "total", "created_at": "created_at"],
        defaultSort: [StoreSort(column: "redeem_at", descending: true)],
        filters: ["type": .exact(column: "type")]
    )
}
