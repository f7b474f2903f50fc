import GRDB

/// The sandbox schema, as plain SQL that ports to PostgreSQL by changing only the id columns
/// (`INTEGER PRIMARY KEY AUTOINCREMENT` → `BIGSERIAL PRIMARY KEY`) and `BOOLEAN` storage.
///
/// Uniqueness that concurrent writers must not break is enforced by unique indexes:
/// e-mail (lower-cased, in `email_canonical`) and mobile per tenant, one identity per
/// profile and handle, one profile per identity handle and identifier, one list per profile
/// and handle, one location per handle.
enum SandboxMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            for statement in v1 {
                try db.execute(sql: statement)
            }
        }
        return migrator
    }

    static let v1: [String] = [
        """
        CREATE TABLE profiles (
            id TEXT PRIMARY KEY NOT NULL,
            first_name TEXT, last_name TEXT,
            email TEXT, email_canonical TEXT, mobile_phone TEXT,
            gender TEXT, title TEXT,
            birth_day INTEGER, birth_month INTEGER, birth_year INTEGER,
            company TEXT, occupation TEXT,
            region_id INTEGER, joined_location_id INTEGER, preferred_location_id INTEGER,
            tags TEXT NOT NULL, comms TEXT NOT NULL,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        "CREATE UNIQUE INDEX profiles_email_unique ON profiles (email_canonical)",
        "CREATE UNIQUE INDEX profiles_mobile_phone_unique ON profiles (mobile_phone)",
        "CREATE INDEX profiles_created_at ON profiles (created_at, id)",
        """
        CREATE TABLE identities (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
            handle TEXT NOT NULL, identifier TEXT NOT NULL,
            is_primary BOOLEAN NOT NULL, is_active BOOLEAN NOT NULL,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        "CREATE UNIQUE INDEX identities_profile_handle_unique ON identities (profile_id, handle)",
        "CREATE UNIQUE INDEX identities_handle_identifier_unique ON identities (handle, identifier)",
        """
        CREATE TABLE lists (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
            handle TEXT NOT NULL, name TEXT NOT NULL, description TEXT,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        "CREATE UNIQUE INDEX lists_profile_handle_unique ON lists (profile_id, handle)",
        """
        CREATE TABLE list_items (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            list_id INTEGER NOT NULL REFERENCES lists (id) ON DELETE CASCADE,
            product_id TEXT, product_variant_id TEXT, sku TEXT, name TEXT,
            quantity INTEGER NOT NULL, note TEXT,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX list_items_list ON list_items (list_id)",
        """
        CREATE TABLE addresses (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
            address_line_1 TEXT, address_line_2 TEXT, address_line_3 TEXT,
            city TEXT, state TEXT, postcode TEXT, country TEXT, company TEXT, phone TEXT,
            is_default BOOLEAN NOT NULL, latitude REAL, longitude REAL,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX addresses_profile ON addresses (profile_id)",
        """
        CREATE TABLE locations (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL, handle TEXT NOT NULL, type TEXT NOT NULL,
            is_published BOOLEAN NOT NULL, is_permanently_closed BOOLEAN NOT NULL,
            phone TEXT, email TEXT, timezone TEXT NOT NULL,
            address_line_1 TEXT, address_line_2 TEXT, address_line_3 TEXT,
            city TEXT, state TEXT, postcode TEXT, country TEXT, latitude REAL, longitude REAL,
            normal_hours TEXT NOT NULL, special_hours TEXT NOT NULL, tags TEXT NOT NULL,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        "CREATE UNIQUE INDEX locations_handle_unique ON locations (handle)",
    ]

    /// The API field each unique index is about, for ``StoreError/duplicate(field:)``.
    static let uniqueIndexFields: [String: String] = [
        "profiles.email_canonical": "email",
        "profiles.mobile_phone": "mobile_phone",
        "identities.profile_id, identities.handle": "handle",
        "identities.handle, identities.identifier": "identifier",
        "lists.profile_id, lists.handle": "handle",
        "locations.handle": "handle",
    ]
}
