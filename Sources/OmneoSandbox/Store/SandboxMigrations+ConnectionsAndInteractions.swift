extension SandboxMigrations {
    /// `v8-connections`: links between two profiles (`omneo-sdk` `src/types/connection.ts`,
    /// `src/types/connections.ts`); deleting either profile deletes the link.
    static let v8Connections: [String] = [
        """
        CREATE TABLE connections (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            connection_definition_id INTEGER NOT NULL, name TEXT NOT NULL, description TEXT,
            connector_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
            connected_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
            status TEXT NOT NULL, disconnected_by TEXT, connected_at TEXT, disconnected_at TEXT,
            is_published BOOLEAN NOT NULL, is_archived BOOLEAN NOT NULL, is_default BOOLEAN NOT NULL,
            is_invalid BOOLEAN NOT NULL, is_primary BOOLEAN NOT NULL, sort_order INTEGER,
            meta TEXT, notes TEXT, external_id TEXT, external_id_type TEXT,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX connections_connector ON connections (connector_id, id)",
        "CREATE INDEX connections_connected ON connections (connected_id, id)",
    ]

    /// `v8-interactions`: what profiles did or received (`omneo-sdk` `src/types/interaction.ts`,
    /// `src/types/interactions.ts`); coordinates as text, as Omneo answers them.
    static let v8Interactions: [String] = [
        """
        CREATE TABLE interactions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
            identity_id INTEGER REFERENCES identities (id) ON DELETE SET NULL,
            action TEXT NOT NULL, channel TEXT NOT NULL, signal INTEGER NOT NULL,
            name TEXT NOT NULL, namespace TEXT NOT NULL, description TEXT, url TEXT, duration INTEGER,
            latitude TEXT, longitude TEXT, location_id INTEGER, product_id INTEGER, product_variant_id INTEGER,
            product_category_id INTEGER, staff_id TEXT, interacted_id INTEGER, interacted_type TEXT,
            tags TEXT NOT NULL, meta TEXT, interacted_at TEXT,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX interactions_profile ON interactions (profile_id, interacted_at)",
    ]
}
