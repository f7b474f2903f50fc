extension SandboxMigrations {
    /// `v7-lists`: list definitions (`omneo-sdk` `src/types/lists.ts`, `ListDefinition`), the
    /// definition a list was created from, custom products on items (`ListItemCustomInput`), a
    /// list's custom fields (`src/types/custom-field.ts`), item reservations
    /// (`src/types/list.ts`, `ListItemReservation`) and list shares (`ProductListShare`),
    /// written so that `PostgresMigrations.translated(_:)` ports them.
    static let v7Lists: [String] = [
        """
        CREATE TABLE list_definitions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL, handle TEXT NOT NULL, type TEXT NOT NULL, icon TEXT, cover TEXT,
            short_description TEXT, description TEXT,
            allow_share BOOLEAN NOT NULL, allow_quantity BOOLEAN NOT NULL, allow_reserve BOOLEAN NOT NULL,
            allow_custom_product BOOLEAN NOT NULL, allow_edit BOOLEAN NOT NULL, allow_new BOOLEAN NOT NULL,
            allow_delete BOOLEAN NOT NULL, is_published BOOLEAN NOT NULL, is_active BOOLEAN NOT NULL,
            meta TEXT, tags TEXT NOT NULL, timezone TEXT,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        "CREATE UNIQUE INDEX list_definitions_handle_unique ON list_definitions (handle)",
        "ALTER TABLE lists ADD COLUMN list_definition_id INTEGER REFERENCES list_definitions (id) ON DELETE SET NULL",
        "ALTER TABLE list_items ADD COLUMN custom_product TEXT",
        """
        CREATE TABLE list_custom_fields (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            list_id INTEGER NOT NULL REFERENCES lists (id) ON DELETE CASCADE,
            namespace TEXT NOT NULL, handle TEXT NOT NULL, name TEXT, type TEXT NOT NULL, value TEXT NOT NULL,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        "CREATE UNIQUE INDEX list_custom_fields_unique ON list_custom_fields (list_id, namespace, handle)",
        """
        CREATE TABLE list_item_reservations (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            list_item_id INTEGER NOT NULL REFERENCES list_items (id) ON DELETE CASCADE,
            list_id INTEGER NOT NULL REFERENCES lists (id) ON DELETE CASCADE,
            profile_id TEXT REFERENCES profiles (id) ON DELETE CASCADE,
            external_profile_id TEXT, quantity INTEGER NOT NULL, timezone TEXT, expires_at TEXT,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX list_item_reservations_item ON list_item_reservations (list_item_id)",
        "CREATE INDEX list_item_reservations_profile ON list_item_reservations (profile_id)",
        """
        CREATE TABLE list_shares (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            list_id INTEGER NOT NULL REFERENCES lists (id) ON DELETE CASCADE,
            profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
            handle TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        "CREATE UNIQUE INDEX list_shares_handle_unique ON list_shares (handle)",
        "CREATE INDEX list_shares_list ON list_shares (list_id)",
    ]
}
