extension ListQuerySchema {
    /// Connections, oldest first (`omneo-sdk` `src/types/connections.ts`, `RequestQueryConnection`:
    /// its `filter[…]` fields that are columns, matched exactly).
    static let connections = ListQuerySchema(
        sortFields: [
            "id": "id", "name": "name", "status": "status", "sort_order": "sort_order", "connected_at": "connected_at",
            "created_at": "created_at", "updated_at": "updated_at",
        ],
        defaultSort: [StoreSort(column: "id")],
        filters: [
            "name": .exact(column: "name"), "status": .exact(column: "status"),
            "connection_definition_id": .integer(column: "connection_definition_id"),
            "connector_id": .exact(column: "connector_id"), "connected_id": .exact(column: "connected_id"),
            "disconnected_by": .exact(column: "disconnected_by"),
            "is_published": .boolean(column: "is_published"), "is_default": .boolean(column: "is_default"),
            "is_archived": .boolean(column: "is_archived"), "is_invalid": .boolean(column: "is_invalid"),
            "is_primary": .boolean(column: "is_primary"), "external_id": .exact(column: "external_id"),
            "external_id_type": .exact(column: "external_id_type"),
        ]
    )

    /// Interactions, the latest first (`omneo-sdk` `src/types/interactions.ts`,
    /// `RequestQueryInteraction`: its `filter[…]` fields that are columns, matched exactly).
    static let interactions = ListQuerySchema(
        sortFields: [
            "id": "id", "interacted_at": "interacted_at", "created_at": "created_at", "updated_at": "updated_at",
            "name": "name",
        ],
        defaultSort: [StoreSort(column: "interacted_at", descending: true), StoreSort(column: "id", descending: true)],
        filters: [
            "id": .integer(column: "id"), "profile_id": .exact(column: "profile_id"),
            "action": .exact(column: "action"), "channel": .exact(column: "channel"),
            "signal": .integer(column: "signal"), "name": .exact(column: "name"),
            "namespace": .exact(column: "namespace"), "url": .exact(column: "url"),
            "interacted_id": .integer(column: "interacted_id"), "interacted_type": .exact(column: "interacted_type"),
        ]
    )
}
