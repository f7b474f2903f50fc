extension SandboxMigrations {
    /// Tables added by v4-credits: credit definitions and credits (`omneo-sdk`
    /// `src/types/credit.ts`), written so that `PostgresMigrations.translated(_:)` ports them.
    static let v4Credits: [String] = [
        """
        CREATE TABLE credit_definitions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL, handle TEXT NOT NULL, type TEXT NOT NULL, value REAL, period INTEGER NOT NULL,
            period_type TEXT NOT NULL, description TEXT, is_published BOOLEAN NOT NULL, is_extendable BOOLEAN NOT NULL,
            is_assignable BOOLEAN NOT NULL, is_releasable BOOLEAN NOT NULL, is_reassignable BOOLEAN NOT NULL,
            require_security_code BOOLEAN NOT NULL, tags TEXT NOT NULL, meta TEXT,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        "CREATE UNIQUE INDEX credit_definitions_handle_unique ON credit_definitions (handle)",
        """
        CREATE TABLE credits (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
            credit_definition_id INTEGER NOT NULL REFERENCES credit_definitions (id) ON DELETE CASCADE,
            creator_profile_id TEXT, staff_id TEXT, location_id TEXT, name TEXT, recipient_first_name TEXT,
            recipient_email TEXT, message TEXT, timezone TEXT NOT NULL, issued_at TEXT NOT NULL, expires_at TEXT,
            released_at TEXT, value_initial REAL NOT NULL, value_remaining REAL NOT NULL, external_id TEXT,
            credit_number TEXT, security_code TEXT, meta TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX credits_profile ON credits (profile_id, issued_at)",
    ]
}
