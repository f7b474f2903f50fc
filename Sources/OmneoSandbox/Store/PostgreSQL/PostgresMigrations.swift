import Foundation
import Logging
import OmneoPostgres
import PostgresNIO

/// The sandbox schema on PostgreSQL: `SandboxMigrations` translated table by table, with the
/// same tables, columns, indexes and index names.
///
/// Translation: `INTEGER PRIMARY KEY AUTOINCREMENT` → `BIGSERIAL PRIMARY KEY`, `INTEGER` →
/// `BIGINT`, `REAL` → `DOUBLE PRECISION`. Text columns use the `"C"` collation, so sorting and
/// `LOWER` behave as SQLite's binary collation does (byte order, ASCII case folding) whatever
/// the database's locale. The unique index on `email_canonical` (the lower-cased e-mail) makes
/// e-mail unique case-insensitively, as on SQLite.
///
/// ``migrate(_:schema:logger:)`` runs in the caller's transaction under an advisory lock, so
/// two processes starting at once on a new database apply each migration exactly once.
enum PostgresMigrations {
    /// Applied migrations, in order; applied identifiers are kept in `sandbox_migrations`. v1–v3
    /// are written for PostgreSQL below; the later ones are `SandboxMigrations`' own, translated.
    static let migrations: [(identifier: String, statements: [String])] = [
        ("v1", v1), ("v2", v2), ("v3", v3),
    ] + SandboxMigrations.all.dropFirst(3).map { ($0.identifier, $0.statements.map(translated)) }

    private static let text = #"TEXT COLLATE "C""#

    /// `SandboxMigrations.v3`, translated.
    static let v3: [String] = SandboxMigrations.v3.map(translated)

    /// A SQLite statement of the sandbox schema in PostgreSQL's words: serial ids, `BIGINT`,
    /// `DOUBLE PRECISION`, and text columns in the `"C"` collation.
    static func translated(_ statement: String) -> String {
        statement.replacingOccurrences(of: "INTEGER PRIMARY KEY AUTOINCREMENT", with: "BIGSERIAL PRIMARY KEY")
            .replacingOccurrences(of: " INTEGER", with: " BIGINT")
            .replacingOccurrences(of: " REAL", with: " DOUBLE PRECISION")
            .replacingOccurrences(of: " TEXT", with: " \(text)")
    }

    /// `SandboxMigrations.v2`: its columns translated, its hours rewrite in PostgreSQL's JSON functions.
    static let v2: [String] =
        SandboxMigrations.v2Columns.map(translated) + [
            """
            UPDATE locations SET normal_hours = COALESCE((
                SELECT json_agg(json_build_object(
                    'day_of_week', (ARRAY['SUN','MON','TUE','WED','THU','FRI','SAT'])[(e->>'day')::int + 1],
                    'open_at', (e->>'open') || ':00', 'close_at', (e->>'close') || ':00'))::text
                FROM json_array_elements(locations.normal_hours::json) AS e
                WHERE e->>'open' IS NOT NULL AND NOT (e->>'is_closed')::boolean), '[]')
            WHERE (normal_hours::json)->0->>'day' IS NOT NULL
            """,
            """
            UPDATE locations SET special_hours = COALESCE((
                SELECT json_agg(json_build_object(
                    'name', e->>'reason', 'is_repeating', false,
                    'open_at', CASE WHEN (e->>'is_closed')::boolean THEN NULL ELSE (e->>'open') || ':00' END,
                    'close_at', CASE WHEN (e->>'is_closed')::boolean THEN NULL ELSE (e->>'close') || ':00' END,
                    'start_at', (e->>'date') || ' 00:00:00', 'end_at', (e->>'date') || ' 23:59:59'))::text
                FROM json_array_elements(locations.special_hours::json) AS e), '[]')
            WHERE (special_hours::json)->0->>'date' IS NOT NULL
            """,
            """
            CREATE TABLE profile_dates (
                id BIGSERIAL PRIMARY KEY,
                profile_id \(text) NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
                handle \(text) NOT NULL, name \(text), date \(text) NOT NULL, type \(text),
                is_recurring BOOLEAN NOT NULL, recurring_schedule \(text), relationship \(text),
                description \(text), note \(text), meta \(text),
                created_at \(text) NOT NULL, updated_at \(text) NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX profile_dates_profile_handle_unique ON profile_dates (profile_id, handle)",
            """
            CREATE TABLE profile_custom_attributes (
                id BIGSERIAL PRIMARY KEY,
                profile_id \(text) NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
                namespace \(text) NOT NULL, handle \(text) NOT NULL, type \(text) NOT NULL, value \(text) NOT NULL,
                created_at \(text) NOT NULL, updated_at \(text) NOT NULL
            )
            """,
            """
            CREATE UNIQUE INDEX profile_custom_attributes_unique
                ON profile_custom_attributes (profile_id, namespace, handle)
            """,
            """
            CREATE TABLE regions (
                id BIGSERIAL PRIMARY KEY,
                name \(text) NOT NULL, handle \(text) NOT NULL, is_default BOOLEAN NOT NULL, countries \(text) NOT NULL,
                created_at \(text) NOT NULL, updated_at \(text) NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX regions_handle_unique ON regions (handle)",
            """
            CREATE TABLE profile_regions (
                id BIGSERIAL PRIMARY KEY,
                profile_id \(text) NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
                region_id BIGINT NOT NULL REFERENCES regions (id) ON DELETE CASCADE,
                country \(text), state \(text), is_active BOOLEAN NOT NULL,
                created_at \(text) NOT NULL, updated_at \(text) NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX profile_regions_unique ON profile_regions (profile_id, region_id)",
        ]

    static let v1: [String] = [
        """
        CREATE TABLE profiles (
            id \(text) PRIMARY KEY NOT NULL,
            first_name \(text), last_name \(text),
            email \(text), email_canonical \(text), mobile_phone \(text),
            gender \(text), title \(text),
            birth_day BIGINT, birth_month BIGINT, birth_year BIGINT,
            company \(text), occupation \(text),
            region_id BIGINT, joined_location_id BIGINT, preferred_location_id BIGINT,
            tags \(text) NOT NULL, comms \(text) NOT NULL,
            created_at \(text) NOT NULL, updated_at \(text) NOT NULL
        )
        """,
        "CREATE UNIQUE INDEX profiles_email_unique ON profiles (email_canonical)",
        "CREATE UNIQUE INDEX profiles_mobile_phone_unique ON profiles (mobile_phone)",
        "CREATE INDEX profiles_created_at ON profiles (created_at, id)",
        """
        CREATE TABLE identities (
            id BIGSERIAL PRIMARY KEY,
            profile_id \(text) NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
            handle \(text) NOT NULL, identifier \(text) NOT NULL,
            is_primary BOOLEAN NOT NULL, is_active BOOLEAN NOT NULL,
            created_at \(text) NOT NULL, updated_at \(text) NOT NULL
        )
        """,
        "CREATE UNIQUE INDEX identities_profile_handle_unique ON identities (profile_id, handle)",
        "CREATE UNIQUE INDEX identities_handle_identifier_unique ON identities (handle, identifier)",
        """
        CREATE TABLE lists (
            id BIGSERIAL PRIMARY KEY,
            profile_id \(text) NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
            handle \(text) NOT NULL, name \(text) NOT NULL, description \(text),
            created_at \(text) NOT NULL, updated_at \(text) NOT NULL
        )
        """,
        "CREATE UNIQUE INDEX lists_profile_handle_unique ON lists (profile_id, handle)",
        """
        CREATE TABLE list_items (
            id BIGSERIAL PRIMARY KEY,
            list_id BIGINT NOT NULL REFERENCES lists (id) ON DELETE CASCADE,
            product_id \(text), product_variant_id \(text), sku \(text), name \(text),
            quantity BIGINT NOT NULL, note \(text),
            created_at \(text) NOT NULL, updated_at \(text) NOT NULL
        )
        """,
        "CREATE INDEX list_items_list ON list_items (list_id)",
        """
        CREATE TABLE addresses (
            id BIGSERIAL PRIMARY KEY,
            profile_id \(text) NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
            address_line_1 \(text), address_line_2 \(text), address_line_3 \(text),
            city \(text), state \(text), postcode \(text), country \(text), company \(text), phone \(text),
            is_default BOOLEAN NOT NULL, latitude DOUBLE PRECISION, longitude DOUBLE PRECISION,
            created_at \(text) NOT NULL, updated_at \(text) NOT NULL
        )
        """,
        "CREATE INDEX addresses_profile ON addresses (profile_id)",
        """
        CREATE TABLE locations (
            id BIGSERIAL PRIMARY KEY,
            name \(text) NOT NULL, handle \(text) NOT NULL, type \(text) NOT NULL,
            is_published BOOLEAN NOT NULL, is_permanently_closed BOOLEAN NOT NULL,
            phone \(text), email \(text), timezone \(text) NOT NULL,
            address_line_1 \(text), address_line_2 \(text), address_line_3 \(text),
            city \(text), state \(text), postcode \(text), country \(text),
            latitude DOUBLE PRECISION, longitude DOUBLE PRECISION,
            normal_hours \(text) NOT NULL, special_hours \(text) NOT NULL, tags \(text) NOT NULL,
            created_at \(text) NOT NULL, updated_at \(text) NOT NULL
        )
        """,
        "CREATE UNIQUE INDEX locations_handle_unique ON locations (handle)",
    ]

    /// The API field each unique index (PostgreSQL names the violated constraint) is about,
    /// for ``StoreError/duplicate(field:)``; the same mapping as `SandboxMigrations.uniqueIndexFields`.
    static let uniqueIndexFields: [String: String] = [
        "profiles_email_unique": "email",
        "profiles_mobile_phone_unique": "mobile_phone",
        "identities_profile_handle_unique": "handle",
        "identities_handle_identifier_unique": "identifier",
        "profile_dates_profile_handle_unique": "handle",
        "profile_custom_attributes_unique": "handle",
        "regions_handle_unique": "handle",
        "profile_regions_unique": "region_id",
        "reward_definitions_handle_unique": "handle",
        "tier_definitions_handle_unique": "handle",
        "profile_tiers_profile_unique": "profile_id",
        "benefit_definitions_handle_unique": "handle",
        "credit_definitions_handle_unique": "handle",
        "transaction_item_list_items_unique": "product_list_item_id",
        "achievement_definitions_handle_unique": "handle",
        "lists_profile_handle_unique": "handle",
        "locations_handle_unique": "handle",
        // v7-lists
        "list_definitions_handle_unique": "handle",
        "list_custom_fields_unique": "handle",
        "list_shares_handle_unique": "handle",
    ]

    /// Takes the sandbox's transaction-scoped advisory lock for `schema` (held until the
    /// transaction ends; taking it again in the same transaction is a no-op).
    static func lock(_ connection: PostgresConnection, schema: String?, logger: Logger) async throws {
        let scope = schema ?? "(search_path)"
        try await connection.execute(
            "SELECT pg_advisory_xact_lock(\(lockClass), hashtext(\(scope)))", logger: logger)
    }

    /// `'OMNE'`: the first half of the advisory lock key of sandbox migrations and seeding.
    static let lockClass: Int32 = 0x4F4D_4E45

    /// Creates `schema` if needed and applies the migrations not applied yet. Call it in a
    /// transaction; it takes ``lock(_:schema:logger:)`` first.
    static func migrate(_ connection: PostgresConnection, schema: String?, logger: Logger) async throws {
        try await lock(connection, schema: schema, logger: logger)
        if let schema {
            // `schema` is a plain identifier (checked by PostgresURL); the connection's
            // search_path already names it.
            try await connection.execute("CREATE SCHEMA IF NOT EXISTS \(unescaped: "\"\(schema)\"")", logger: logger)
        }
        try await connection.execute(
            "CREATE TABLE IF NOT EXISTS sandbox_migrations (identifier TEXT PRIMARY KEY NOT NULL)", logger: logger)
        var applied: Set<String> = []
        for try await identifier in try await connection.query(
            "SELECT identifier FROM sandbox_migrations", logger: logger
        ).decode(String.self) {
            applied.insert(identifier)
        }
        for migration in migrations where !applied.contains(migration.identifier) {
            // One round trip: the statements as the body of an anonymous PL/pgSQL block.
            let body = migration.statements.joined(separator: ";\n")
            try await connection.execute(
                PostgresQuery(unsafeSQL: "DO $migration$ BEGIN\n\(body);\nEND $migration$"), logger: logger)
            try await connection.execute(
                "INSERT INTO sandbox_migrations (identifier) VALUES (\(migration.identifier))", logger: logger)
            logger.debug("Applied sandbox migration", metadata: ["migration": "\(migration.identifier)"])
        }
    }
}
