import OmneoModels

/// What a collection endpoint lets callers sort and filter by, and how each maps to columns.
struct ListQuerySchema: Sendable {
    /// How one `filter[field]=value` becomes a condition.
    enum FilterRule: Sendable {
        /// Exact match on a text column.
        case exact(column: String)
        /// Exact match, ignoring case.
        case exactIgnoringCase(column: String)
        /// Substring match, ignoring case.
        case contains(column: String)
        /// `1`/`0`/`true`/`false`.
        case boolean(column: String)
        /// Exact match on an integer column.
        case integer(column: String)
        /// Exact match on the lower-cased e-mail column.
        case email(column: String)
        /// Exact match on the E.164 form of the number (as stored).
        case mobile(column: String)
    }

    /// API sort field → column.
    var sortFields: [String: String]
    var defaultSort: [StoreSort]
    /// API filter field → rule.
    var filters: [String: FilterRule]

    /// A collection with paging only.
    static let pagingOnly = ListQuerySchema(sortFields: [:], defaultSort: [], filters: [:])

    static let profiles = ListQuerySchema(
        sortFields: [
            "id": "id", "first_name": "first_name", "last_name": "last_name", "email": "email_canonical",
            "created_at": "created_at", "updated_at": "updated_at",
        ],
        defaultSort: [StoreSort(column: "created_at")],
        filters: [
            "email": .email(column: "email_canonical"),
            "mobile_phone": .mobile(column: "mobile_phone"),
            "first_name": .exactIgnoringCase(column: "first_name"),
            "last_name": .exactIgnoringCase(column: "last_name"),
        ]
    )

    static let locations = ListQuerySchema(
        sortFields: [
            "id": "id", "name": "name", "handle": "handle", "type": "type",
            "created_at": "created_at", "updated_at": "updated_at",
        ],
        defaultSort: [StoreSort(column: "id")],
        filters: [
            "is_published": .boolean(column: "is_published"),
            "is_permanently_closed": .boolean(column: "is_permanently_closed"),
            "type": .exact(column: "type"),
            "handle": .exact(column: "handle"),
            "name": .contains(column: "name"),
        ]
    )

    /// Transactions, the latest first (`/transactions`, `/profiles/{id}/transactions`,
    /// `/profiles/{id}/find-transactions`).
    static let transactions = ListQuerySchema(
        sortFields: [
            "id": "id", "transacted_at": "transacted_at", "total": "total", "created_at": "created_at",
            "updated_at": "updated_at",
        ],
        defaultSort: [StoreSort(column: "transacted_at", descending: true)],
        filters: [
            "external_id": .exact(column: "external_id"),
            "receipt_ref": .exact(column: "receipt_ref"),
            "order_number": .exact(column: "order_number"),
            "is_void": .boolean(column: "is_void"),
        ]
    )

    /// A profile's points, the latest issued first.
    static let points = ListQuerySchema(
        sortFields: [
            "id": "id", "issued_at": "issued_at", "expires_at": "expires_at", "value_initial": "value_initial",
            "value_remaining": "value_remaining", "created_at": "created_at",
        ],
        defaultSort: [StoreSort(column: "issued_at", descending: true)],
        filters: ["source_type": .exact(column: "source_type"), "description": .contains(column: "description")]
    )

    /// Rewards, the latest issued first.
    static let rewards = ListQuerySchema(
        sortFields: [
            "id": "id", "issued_at": "issued_at", "expires_at": "expires_at", "value_remaining": "value_remaining",
            "created_at": "created_at",
        ],
        defaultSort: [StoreSort(column: "issued_at", descending: true)],
        filters: [
            "reward_definition_id": .integer(column: "reward_definition_id"),
            "external_id": .exact(column: "external_id"), "timezone": .exact(column: "timezone"),
        ]
    )
}
