import Foundation
import GRDB
import OmneoModels
import OmneoTestSupport
import PostgresNIO
import Testing

@testable import OmneoSandbox

/// Migration v2 rewrites location hours stored in the sandbox's earlier shape
/// (`{day, open, close, is_closed}`, `{date, open, close, is_closed, reason}`) as Omneo's, on
/// SQLite and PostgreSQL: a database written before v2 keeps its hours.
@Suite struct LegacyHoursMigrationTests {
    static let legacyNormal =
        #"[{"day":0,"open":null,"close":null,"is_closed":true},{"day":1,"open":"09:00","close":"17:30","is_closed":false},{"day":4,"open":"09:00","close":"21:00","is_closed":false}]"#
    static let legacySpecial =
        #"[{"date":"2026-12-25","open":null,"close":null,"is_closed":true,"reason":"Christmas Day"},{"date":"2026-12-26","open":"10:00","close":"16:00","is_closed":false,"reason":null}]"#

    /// A location as the sandbox wrote it before v2.
    static let insertLegacyLocation = """
        INSERT INTO locations (id, name, handle, type, is_published, is_permanently_closed, timezone,
            normal_hours, special_hours, tags, created_at, updated_at)
        VALUES (7, 'Old Store', 'old-store', 'store', TRUE, FALSE, 'Australia/Melbourne',
            '\(legacyNormal)', '\(legacySpecial)', '[]', '2025-01-01 00:00:00', '2025-01-01 00:00:00')
        """

    static func expectOmneoHours(_ sandbox: SandboxHarness) async throws {
        let response = try await sandbox.request(.GET, "/locations/7")
        #expect(response.status == 200)
        let location = try response.decode(DataEnvelope<Location>.self).data
        #expect(
            location.normalHours.map { [$0.dayOfWeek.rawValue, $0.openAt, $0.closeAt] } == [
                ["MON", "09:00:00", "17:30:00"], ["THU", "09:00:00", "21:00:00"],
            ])
        #expect(
            location.specialHours == [
                SpecialHours(
                    locationID: 7, name: "Christmas Day", isRepeating: false, openAt: nil, closeAt: nil,
                    startAt: "2026-12-25 00:00:00", endAt: "2026-12-25 23:59:59"),
                SpecialHours(
                    locationID: 7, name: nil, isRepeating: false, openAt: "10:00:00", closeAt: "16:00:00",
                    startAt: "2026-12-26 00:00:00", endAt: "2026-12-26 23:59:59"),
            ])
    }

    @Test func sqliteDatabaseFromBeforeV2KeepsItsHours() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("omneo-legacy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("sandbox.sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            try SandboxMigrations.migrator.migrate(queue, upTo: "v1")
            try await queue.write { db in try db.execute(sql: Self.insertLegacyLocation) }
        }
        try await SandboxHarness.with(database: .file(path: path)) { sandbox in
            try await Self.expectOmneoHours(sandbox)
        }
    }

    @Test(.enabled(if: PostgresTestDatabase.isConfigured))
    func postgresDatabaseFromBeforeV2KeepsItsHours() async throws {
        let schema = try PostgresTestDatabase.makeSchema()
        do {
            try await schema.withClient { client in
                try await client.query("CREATE SCHEMA \(unescaped: "\"\(schema.name)\"")")
                let v1 = PostgresMigrations.v1.joined(separator: ";\n")
                try await client.query(PostgresQuery(unsafeSQL: "DO $migration$ BEGIN\n\(v1);\nEND $migration$"))
                try await client.query("CREATE TABLE sandbox_migrations (identifier TEXT PRIMARY KEY NOT NULL)")
                try await client.query("INSERT INTO sandbox_migrations (identifier) VALUES ('v1')")
                try await client.query(PostgresQuery(unsafeSQL: Self.insertLegacyLocation))
            }
            try await SandboxHarness.with(database: .postgres(url: schema.url)) { sandbox in
                try await Self.expectOmneoHours(sandbox)
            }
            try await schema.drop()
        } catch {
            try? await schema.drop()
            throw error
        }
    }
}
