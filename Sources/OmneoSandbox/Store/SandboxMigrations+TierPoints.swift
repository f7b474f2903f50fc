extension SandboxMigrations {
    /// `v6-tier-points`: points counting towards a profile's tier (`omneo-sdk`
    /// `src/types/transactions.ts`, `TierPointBasic`), written so that
    /// `PostgresMigrations.translated(_:)` ports them.
    static let v6TierPoints: [String] = [
        """
        CREATE TABLE tier_points (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
            point_definition_id INTEGER NOT NULL, value REAL NOT NULL,
            issued_at TEXT NOT NULL, accrued_at TEXT NOT NULL, status TEXT,
            source_id INTEGER, source_type TEXT, meta TEXT,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX tier_points_profile ON tier_points (profile_id, issued_at)",
    ]
}
