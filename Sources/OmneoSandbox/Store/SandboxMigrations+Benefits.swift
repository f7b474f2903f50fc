extension SandboxMigrations {
    /// Tables added by v4-benefits: benefit definitions and benefits (`omneo-sdk`
    /// `src/types/benefits.ts`) and redemptions (`src/types/redemptions.ts`), written so that
    /// `PostgresMigrations.translated(_:)` ports them.
    static let v4Benefits: [String] = [
        """
        CREATE TABLE benefit_definitions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL, handle TEXT NOT NULL, type TEXT, value REAL, period INTEGER NOT NULL,
            period_type TEXT NOT NULL, description TEXT, max_redemptions INTEGER, is_extendable BOOLEAN NOT NULL,
            is_reassignable BOOLEAN NOT NULL, is_assignable BOOLEAN NOT NULL, is_published BOOLEAN NOT NULL,
            is_claimable BOOLEAN NOT NULL, is_reclaimable BOOLEAN NOT NULL, allow_user_redeem BOOLEAN NOT NULL,
            claim_period_start_at TEXT, claim_period_end_at TEXT, tags TEXT NOT NULL, meta TEXT,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        "CREATE UNIQUE INDEX benefit_definitions_handle_unique ON benefit_definitions (handle)",
        """
        CREATE TABLE benefits (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
            benefit_definition_id INTEGER NOT NULL REFERENCES benefit_definitions (id) ON DELETE CASCADE,
            value REAL, issued_at TEXT NOT NULL, expires_at TEXT, timezone TEXT NOT NULL, claimed_at TEXT,
            redemptions_remaining INTEGER, redeem_code_pos TEXT, redeem_code_online TEXT,
            external_id TEXT, meta TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX benefits_profile ON benefits (profile_id, issued_at)",
        """
        CREATE TABLE redemptions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
            type TEXT NOT NULL, total REAL NOT NULL, redeem_at TEXT NOT NULL, items TEXT NOT NULL, meta TEXT,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX redemptions_profile ON redemptions (profile_id, redeem_at)",
    ]
}
