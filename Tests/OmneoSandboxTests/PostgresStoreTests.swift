import Foundation
import Logging
import OmneoModels
import OmneoPostgres
import OmneoSandbox
import OmneoTestSupport
import PostgresNIO
import Testing

/// What only the PostgreSQL store has to show; every other sandbox test also runs on it
/// (`SandboxHarness.stores`). Skipped, with a note saying so, without a test server.
@Suite(.enabled(if: PostgresTestDatabase.isConfigured, Comment(rawValue: PostgresTestDatabase.notConfiguredNote)))
struct PostgresStoreTests {
    @Test func sandboxesOpeningOneNewSchemaAtOnceMigrateAndSeedItOnce() async throws {
        try await SandboxStoreKind.postgres.withPersistentDatabase { database in
            let harnesses = try await withThrowingTaskGroup(of: SandboxHarness.self) { group in
                for _ in 0..<4 {
                    group.addTask { try await SandboxHarness(database: database) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            for harness in harnesses {
                let profiles = try await harness.request(.GET, "/profiles").decode(PageEnvelope<Profile>.self)
                #expect(profiles.meta.total == SandboxSeed.profileIDs.count)
                let locations = try await harness.request(.GET, "/locations?page[size]=100")
                    .decode(PageEnvelope<Location>.self)
                #expect(locations.meta.total == SandboxSeed.locationCount)
            }
            for harness in harnesses { await harness.stop() }
        }
    }

    @Test func idsContinueAfterTheSeededOnesAndAreNeverReused() async throws {
        try await SandboxHarness.with(store: .postgres) { sandbox in
            let seeded = try await sandbox.request(.GET, "/locations?page[size]=100&sort=-id")
                .decode(PageEnvelope<Location>.self)
            let last = try #require(seeded.data.first?.id)
            let json = #"{"name":"Pop-up","handle":"pop-up","type":"store","timezone":"Australia/Sydney"}"#
            let created = try await sandbox.request(.POST, "/locations", json: json)
            #expect(created.status == 201, "\(created.text)")
            let first = try created.decode(DataEnvelope<Location>.self).data.id
            #expect(first == last + 1)
            #expect(try await sandbox.request(.DELETE, "/locations/\(first)").status == 204)
            let again = try await sandbox.request(.POST, "/locations", json: json)
            #expect(try again.decode(DataEnvelope<Location>.self).data.id == first + 1)
        }
    }

    @Test func tablesUseTheCCollationSoOrderMatchesSQLite() async throws {
        let schema = try PostgresTestDatabase.makeSchema()
        defer { Task { try? await schema.drop() } }
        try await SandboxHarness.with(database: .postgres(url: schema.url)) { _ in
            let collations = try await schema.withClient { client in
                var names: Set<String> = []
                let rows = try await client.query(
                    """
                    SELECT DISTINCT collation_name FROM information_schema.columns
                    WHERE table_schema = \(schema.name) AND data_type = 'text' AND table_name <> 'sandbox_migrations'
                    """)
                for try await name in rows.decode(String?.self) { names.insert(name ?? "default") }
                return names
            }
            #expect(collations == ["C"])
        }
    }
}

@Suite struct PostgresURLTests {
    @Test func parsesTheLibpqFormAndMasksThePassword() throws {
        let url = try PostgresURL("postgresql://omneo:s%40cret@db.internal:6543/omneo?sslmode=require&schema=sandbox")
        #expect(url.host == "db.internal")
        #expect(url.port == 6543)
        #expect(url.username == "omneo")
        #expect(url.password == "s@cret")
        #expect(url.database == "omneo")
        #expect(url.sslMode == .require)
        #expect(url.schema == "sandbox")
        #expect(!url.description.contains("cret"))
        #expect(url.description == "postgres://omneo:***@db.internal:6543/omneo?sslmode=require&schema=sandbox")
        #expect(
            SandboxConfiguration.Database.postgres(url: "postgres://u:pw@h/d").description == "postgres://u:***@h:5432/d")
    }

    @Test(arguments: [
        "mysql://u:p@h/d", "postgres://h/d", "postgres://u:p@/d", "postgres://u:p@h/d?sslmode=maybe",
        "postgres://u:p@h/d?schema=a-b", "postgres://u:p@h/d?foo=1",
    ])
    func refusesWhatItCannotUseWithoutRepeatingThePassword(string: String) {
        #expect(throws: PostgresURLError.self) { try PostgresURL(string) }
        #expect(!PostgresURL.redacting(string).contains(":p@"))
    }
}

@Suite struct PostgresOpenErrorTests {
    @Test func anUnreachableServerFailsAtStartWithOneLineWithoutThePassword() async throws {
        // Port 1 on loopback: nothing listens there.
        let database = SandboxConfiguration.Database.postgres(url: "postgres://omneo:hunter2@127.0.0.1:1/omneo?sslmode=disable")
        do {
            _ = try await Sandbox(
                configuration: SandboxConfiguration(database: database, apiToken: "sandbox-test-token"),
                logger: .init(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
            Issue.record("opened a database on a closed port")
        } catch let error as PostgresOpenError {
            #expect(!error.description.contains("hunter2"))
            #expect(error.description.contains("postgres://omneo:***@127.0.0.1:1/omneo"))
            #expect(!error.description.contains("\n"))
        }
    }
}
