extension SandboxMigrations {
    /// `v8-achievements`: achievement definitions with their levels (JSON) and the points
    /// profiles earn towards them (`omneo-sdk` `src/types/achievements.ts`, `AchievementPoint`).
    static let v8Achievements: [String] = [
        """
        CREATE TABLE achievement_definitions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT, handle TEXT NOT NULL, description TEXT, short_description TEXT, long_description TEXT,
            internal_notes TEXT, terms_conditions TEXT, earn_instructions TEXT, type TEXT, icon TEXT, image_url TEXT,
            display_option TEXT, display_level BOOLEAN NOT NULL, is_published BOOLEAN NOT NULL,
            starts_at TEXT, ends_at TEXT, timezone TEXT, period TEXT, currency TEXT,
            levels TEXT NOT NULL, tags TEXT NOT NULL, meta TEXT,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        "CREATE UNIQUE INDEX achievement_definitions_handle_unique ON achievement_definitions (handle)",
        """
        CREATE TABLE achievement_points (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
            definition_id INTEGER NOT NULL REFERENCES achievement_definitions (id) ON DELETE CASCADE,
            count REAL NOT NULL, meta TEXT, issued_at TEXT NOT NULL, expires_at TEXT,
            source_id TEXT, source_type TEXT,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX achievement_points_profile ON achievement_points (profile_id, definition_id)",
    ]
}
