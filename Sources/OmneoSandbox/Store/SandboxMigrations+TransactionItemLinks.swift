extension SandboxMigrations {
    /// `v5-transaction-item-links`: transaction lines linked to list items (`omneo-sdk`
    /// `src/types/transaction.ts`, `TransactionItemProductListItem` and its `pivot`), written so
    /// that `PostgresMigrations.translated(_:)` ports them.
    static let v5TransactionItemLinks: [String] = [
        """
        CREATE TABLE transaction_item_list_items (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            transaction_item_id INTEGER NOT NULL REFERENCES transaction_items (id) ON DELETE CASCADE,
            list_item_id INTEGER NOT NULL REFERENCES list_items (id) ON DELETE CASCADE,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        """
        CREATE UNIQUE INDEX transaction_item_list_items_unique
            ON transaction_item_list_items (transaction_item_id, list_item_id)
        """,
        "CREATE INDEX transaction_item_list_items_list_item ON transaction_item_list_items (list_item_id)",
    ]
}
