extension SandboxMigrations {
    /// `v8-orders`: orders and their lines (`omneo-sdk` `src/types/orders.ts`), the columns of
    /// transactions (`v3`) plus `status` and `type`, lines under `order_id`.
    static let v8Orders: [String] = [
        """
        CREATE TABLE orders (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            profile_id TEXT REFERENCES profiles (id) ON DELETE CASCADE,
            external_id TEXT, location_id INTEGER, total REAL NOT NULL, total_original REAL,
            is_void BOOLEAN NOT NULL, transacted_at TEXT NOT NULL, timezone TEXT, receipt_ref TEXT,
            order_number TEXT, currency TEXT, status TEXT, type TEXT, tags TEXT NOT NULL, meta TEXT,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX orders_profile ON orders (profile_id, transacted_at)",
        """
        CREATE TABLE order_items (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
            external_id TEXT, name TEXT NOT NULL, product_id INTEGER, product_variant_id INTEGER, sku TEXT,
            variant_external_id TEXT, is_void BOOLEAN NOT NULL, quantity REAL NOT NULL,
            price_current REAL, price_sell REAL, price_original REAL, department TEXT,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX order_items_order ON order_items (order_id)",
    ]
}
