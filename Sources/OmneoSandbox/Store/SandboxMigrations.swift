import GRDB

/// The sandbox schema, as plain SQL that ports to PostgreSQL by changing only the id columns
/// (`INTEGER PRIMARY KEY AUTOINCREMENT` → `BIGSERIAL PRIMARY KEY`) and `BOOLEAN` storage.
///
/// Uniqueness that concurrent writers must not break is enforced by unique indexes:
/// e-mail (lower-cased, in `email_canonical`) and mobile per tenant, one identity per
/// profile and handle, one profile per identity handle and identifier, one list per profile
/// and handle, one location per handle.
enum SandboxMigrations {
    /// Every migration, in order (PostgreSQL applies the same list, translated: `PostgresMigrations`).
    static let all: [(identifier: String, statements: [String])] = [
        ("v1", v1), ("v2", v2), ("v3", v3), ("v4-benefits", v4Benefits), ("v4-credits", v4Credits),
        ("v5-transaction-claims", v5TransactionClaims), ("v5-transaction-item-links", v5TransactionItemLinks),
        ("v6-tier-points", v6TierPoints),
        ("v7-lists", v7Lists),
        ("v8-connections", v8Connections), ("v8-interactions", v8Interactions), ("v8-orders", v8Orders),
        ("v8-achievements", v8Achievements),
    ]

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for (identifier, statements) in all {
            migrator.registerMigration(identifier) { db in
                for statement in statements {
                    try db.execute(sql: statement)
                }
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

    /// Omneo's shapes (`omneo-sdk` `src/types/**`): more address, list-item and location
    /// columns, and location hours rewritten in Omneo's form (``v2Hours``).
    static var v2: [String] { v2Columns + v2Hours + v2Tables }

    /// Tables added by v2: the dates (`omneo-sdk` `src/types/profile/dates-attribute.ts`) and
    /// custom attributes (`src/types/profile/custom-attribute.ts`) of a profile, regions and a
    /// profile's regions (`src/types/region.ts`).
    static let v2Tables: [String] = [
        """
        CREATE TABLE profile_dates (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
            handle TEXT NOT NULL, name TEXT, date TEXT NOT NULL, type TEXT,
            is_recurring BOOLEAN NOT NULL, recurring_schedule TEXT, relationship TEXT,
            description TEXT, note TEXT, meta TEXT,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        "CREATE UNIQUE INDEX profile_dates_profile_handle_unique ON profile_dates (profile_id, handle)",
        """
        CREATE TABLE profile_custom_attributes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
            namespace TEXT NOT NULL, handle TEXT NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        """
        CREATE UNIQUE INDEX profile_custom_attributes_unique
            ON profile_custom_attributes (profile_id, namespace, handle)
        """,
        """
        CREATE TABLE regions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL, handle TEXT NOT NULL, is_default BOOLEAN NOT NULL, countries TEXT NOT NULL,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        "CREATE UNIQUE INDEX regions_handle_unique ON regions (handle)",
        """
        CREATE TABLE profile_regions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
            region_id INTEGER NOT NULL REFERENCES regions (id) ON DELETE CASCADE,
            country TEXT, state TEXT, is_active BOOLEAN NOT NULL,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        "CREATE UNIQUE INDEX profile_regions_unique ON profile_regions (profile_id, region_id)",
    ]

    /// Columns added by v2 (plain SQL that PostgreSQL runs translated).
    static let v2Columns: [String] = [
        "ALTER TABLE profiles ADD COLUMN appearance TEXT",
        "ALTER TABLE profiles ADD COLUMN reward_balance REAL",
        "ALTER TABLE profiles ADD COLUMN point_balance REAL",
        "ALTER TABLE locations ADD COLUMN description TEXT",
        "ALTER TABLE locations ADD COLUMN external_id TEXT",
        "ALTER TABLE locations ADD COLUMN external_code TEXT",
        "ALTER TABLE profiles ADD COLUMN secondary_phone TEXT",
        "ALTER TABLE addresses ADD COLUMN iso TEXT",
        "ALTER TABLE addresses ADD COLUMN iso_state TEXT",
        "ALTER TABLE addresses ADD COLUMN notes TEXT",
        "ALTER TABLE addresses ADD COLUMN external_id TEXT",
        "ALTER TABLE addresses ADD COLUMN meta TEXT",
        "ALTER TABLE list_items ADD COLUMN product_variant_sku TEXT",
        "ALTER TABLE list_items ADD COLUMN position INTEGER",
        "ALTER TABLE list_items ADD COLUMN status TEXT",
        "ALTER TABLE list_items ADD COLUMN meta TEXT",
        "ALTER TABLE list_items ADD COLUMN source TEXT",
        "ALTER TABLE list_items ADD COLUMN location_id INTEGER",
        "ALTER TABLE list_items ADD COLUMN external_id TEXT",
    ]

    /// Hours stored before v2 (`{day 0-6, open, close, is_closed}`, `{date, open, close,
    /// is_closed, reason}`) rewritten as Omneo's `{day_of_week, open_at, close_at}` (closed days
    /// dropped) and `{name, is_repeating, open_at, close_at, start_at, end_at}`.
    static let v2Hours: [String] = [
        """
        UPDATE locations SET normal_hours = (
            SELECT json_group_array(json_object(
                'day_of_week', CASE json_extract(e.value, '$.day') WHEN 0 THEN 'SUN' WHEN 1 THEN 'MON'
                    WHEN 2 THEN 'TUE' WHEN 3 THEN 'WED' WHEN 4 THEN 'THU' WHEN 5 THEN 'FRI' ELSE 'SAT' END,
                'open_at', json_extract(e.value, '$.open') || ':00',
                'close_at', json_extract(e.value, '$.close') || ':00'))
            FROM json_each(locations.normal_hours) AS e
            WHERE json_extract(e.value, '$.open') IS NOT NULL AND NOT json_extract(e.value, '$.is_closed'))
        WHERE json_extract(normal_hours, '$[0].day') IS NOT NULL
        """,
        """
        UPDATE locations SET special_hours = (
            SELECT json_group_array(json_object(
                'name', json_extract(e.value, '$.reason'), 'is_repeating', json('false'),
                'open_at', CASE WHEN json_extract(e.value, '$.is_closed') THEN NULL
                    ELSE json_extract(e.value, '$.open') || ':00' END,
                'close_at', CASE WHEN json_extract(e.value, '$.is_closed') THEN NULL
                    ELSE json_extract(e.value, '$.close') || ':00' END,
                'start_at', json_extract(e.value, '$.date') || ' 00:00:00',
                'end_at', json_extract(e.value, '$.date') || ' 23:59:59'))
            FROM json_each(locations.special_hours) AS e)
        WHERE json_extract(special_hours, '$[0].date') IS NOT NULL
        """,
    ]

    /// Tables added by v3: transactions and their items (`omneo-sdk` `src/types/transaction.ts`)
    /// points (`src/types/points.ts`) and rewards (`src/types/rewards.ts`) and tiers (`src/types/tiers.ts`),
    /// written so that `PostgresMigrations.translated(_:)` ports them.
    static let v3: [String] = [
        "ALTER TABLE profiles ADD COLUMN profile_type TEXT",
        """
        CREATE TABLE transactions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            profile_id TEXT REFERENCES profiles (id) ON DELETE CASCADE,
            external_id TEXT, location_id INTEGER, total REAL NOT NULL, total_original REAL,
            is_void BOOLEAN NOT NULL, transacted_at TEXT NOT NULL, timezone TEXT, receipt_ref TEXT,
            order_number TEXT, currency TEXT, tags TEXT NOT NULL, meta TEXT,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX transactions_profile ON transactions (profile_id, transacted_at)",
        """
        CREATE TABLE transaction_items (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            transaction_id INTEGER NOT NULL REFERENCES transactions (id) ON DELETE CASCADE,
            external_id TEXT, name TEXT NOT NULL, product_id INTEGER, product_variant_id INTEGER, sku TEXT,
            variant_external_id TEXT, is_void BOOLEAN NOT NULL, quantity REAL NOT NULL,
            price_current REAL, price_sell REAL, price_original REAL, department TEXT,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX transaction_items_transaction ON transaction_items (transaction_id)",
        """
        CREATE TABLE points (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
            point_definition_id INTEGER NOT NULL, value_initial REAL NOT NULL, value_remaining REAL NOT NULL,
            description TEXT, issued_at TEXT NOT NULL, accrued_at TEXT, expires_at TEXT, source_type TEXT, meta TEXT,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX points_profile ON points (profile_id, issued_at)",
        """
        CREATE TABLE reward_definitions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL, handle TEXT NOT NULL, type TEXT NOT NULL, value REAL NOT NULL,
            period INTEGER NOT NULL, period_type TEXT NOT NULL, is_assignable BOOLEAN NOT NULL,
            is_published BOOLEAN NOT NULL, description TEXT, tags TEXT NOT NULL,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        "CREATE UNIQUE INDEX reward_definitions_handle_unique ON reward_definitions (handle)",
        """
        CREATE TABLE rewards (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
            reward_definition_id INTEGER NOT NULL REFERENCES reward_definitions (id) ON DELETE CASCADE,
            value_initial REAL NOT NULL, value_remaining REAL NOT NULL, issued_at TEXT NOT NULL, expires_at TEXT,
            timezone TEXT NOT NULL, external_id TEXT, meta TEXT,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX rewards_profile ON rewards (profile_id, issued_at)",
        """
        CREATE TABLE tier_definitions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL, handle TEXT NOT NULL, description TEXT, value_min REAL NOT NULL,
            value_maintain REAL NOT NULL, is_assignable BOOLEAN NOT NULL, is_floor BOOLEAN NOT NULL,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        "CREATE UNIQUE INDEX tier_definitions_handle_unique ON tier_definitions (handle)",
        """
        CREATE TABLE profile_tiers (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
            tier_definition_id INTEGER NOT NULL REFERENCES tier_definitions (id) ON DELETE CASCADE,
            assigned_at TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        "CREATE UNIQUE INDEX profile_tiers_profile_unique ON profile_tiers (profile_id)",
    ]

    /// The API field each unique index is about, for ``StoreError/duplicate(field:)``.
    static let uniqueIndexFields: [String: String] = [
        "profiles.email_canonical": "email",
        "profiles.mobile_phone": "mobile_phone",
        "identities.profile_id, identities.handle": "handle",
        "identities.handle, identities.identifier": "identifier",
        "lists.profile_id, lists.handle": "handle",
        "locations.handle": "handle",
        "profile_dates.profile_id, profile_dates.handle": "handle",
        "profile_custom_attributes.profile_id, profile_custom_attributes.namespace, profile_custom_attributes.handle":
            "handle",
        "regions.handle": "handle",
        "profile_regions.profile_id, profile_regions.region_id": "region_id",
        "reward_definitions.handle": "handle",
        "tier_definitions.handle": "handle",
        "profile_tiers.profile_id": "profile_id",
        "benefit_definitions.handle": "handle",
        "credit_definitions.handle": "handle",
        "transaction_item_list_items.transaction_item_id, transaction_item_list_items.list_item_id":
            "product_list_item_id",
        // v7-lists
        "list_definitions.handle": "handle",
        "list_custom_fields.list_id, list_custom_fields.namespace, list_custom_fields.handle": "handle",
        "list_shares.handle": "handle",
        "achievement_definitions.handle": "handle",
    ]
}
