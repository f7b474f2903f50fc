import Foundation
import Logging
import OmneoIDConfiguration
import OmneoSandbox
import OmneoTestSupport
import Testing

@testable import OmneoIDGateway

/// The data directory is 0700 and every file in it 0600, whichever part creates it first.
@Suite struct DataDirectoryPermissionsTests {
    static func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? Int ?? -1) & 0o777
    }

    @Test func theSandboxDatabaseFirstThenTheKeys() async throws {
        let directory = NSTemporaryDirectory() + "omneo-id-perms-\(UUID().uuidString)/data"
        defer { try? FileManager.default.removeItem(atPath: (directory as NSString).deletingLastPathComponent) }
        let database = directory + "/sandbox.sqlite"
        // The sandbox opens first (as `omneo-id serve` does with the embedded sandbox).
        let sandbox = try await Sandbox(
            configuration: SandboxConfiguration(database: .file(path: database), apiToken: "sandbox-token-0123456789"),
            logger: Logger(label: "perms", factory: { _ in SwiftLogNoOpLogHandler() }))
        _ = sandbox
        #expect(try Self.mode(directory) == 0o700)
        #expect(try Self.mode(database) == 0o600)
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: database + suffix) {
            #expect(try Self.mode(database + suffix) == 0o600, "\(suffix)")
        }
        #expect(FileManager.default.fileExists(atPath: database + "-wal"))
        // Then the keys.
        let keys = directory + "/keys.jwks.json"
        _ = try SigningKeyFile(path: keys).loadOrCreate(algorithm: .es256)
        #expect(try Self.mode(keys) == 0o600)
        #expect(try Self.mode(directory) == 0o700)
    }

    @Test func anExistingWorldReadableDatabaseIsTightened() async throws {
        let directory = NSTemporaryDirectory() + "omneo-id-perms-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let database = directory + "/sandbox.sqlite"
        _ = FileManager.default.createFile(atPath: database, contents: nil, attributes: [.posixPermissions: 0o644])
        _ = try await Sandbox(
            configuration: SandboxConfiguration(database: .file(path: database), apiToken: "sandbox-token-0123456789"),
            logger: Logger(label: "perms", factory: { _ in SwiftLogNoOpLogHandler() }))
        #expect(try Self.mode(database) == 0o600)
    }
}
