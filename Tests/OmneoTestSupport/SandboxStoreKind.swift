import Foundation
import OmneoSandbox

/// Which ``SandboxStore`` a sandbox test runs on. Parameterise a test with
/// `@Test(arguments: SandboxHarness.stores)` and open the harness with
/// `SandboxHarness.with(store:)` to run it on each store available.
public enum SandboxStoreKind: String, Sendable, CaseIterable, CustomStringConvertible {
    /// SQLite through GRDB (in memory unless a test asks for a file).
    case sqlite
    /// PostgreSQL through PostgresNIO, on the server named by `OMNEO_TEST_POSTGRES_URL`,
    /// in a new schema per sandbox.
    case postgres

    public var description: String { rawValue }

    /// A new, empty database of this kind that outlives the sandboxes opened on it (a SQLite
    /// file in a new folder, a PostgreSQL schema), removed when `body` returns or throws.
    public func withPersistentDatabase<T: Sendable>(_ body: (SandboxConfiguration.Database) async throws -> T)
        async throws -> T
    {
        switch self {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
                "omneo-sandbox-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: directory) }
            return try await body(.file(path: directory.appendingPathComponent("nested/sandbox.sqlite").path))
        case .postgres:
            let schema = try PostgresTestDatabase.makeSchema()
            do {
                let result = try await body(.postgres(url: schema.url))
                try await schema.drop()
                return result
            } catch {
                try? await schema.drop()
                throw error
            }
        }
    }
}
