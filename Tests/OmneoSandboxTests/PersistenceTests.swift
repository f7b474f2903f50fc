import Foundation
import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

@Suite struct PersistenceTests {
    @Test(arguments: SandboxHarness.stores)
    func aDatabaseKeepsItsDataAcrossRestartsAndIsSeededOnce(store: SandboxStoreKind) async throws {
        try await store.withPersistentDatabase { database in
            let id = try await SandboxHarness.with(database: database) { sandbox in
                let created = try await sandbox.request(
                    .POST, "/profiles",
                    json: #"{"first_name":"Persistent","last_name":"Person","email":"p@example.com"}"#)
                #expect(created.status == 201)
                #expect(try await sandbox.request(.DELETE, "/locations/1").status == 204)
                return try created.decode(DataEnvelope<Profile>.self).data.id.rawValue
            }
            if case .file(let path) = database {
                #expect(FileManager.default.fileExists(atPath: path))
            }

            try await SandboxHarness.with(database: database) { sandbox in
                let fetched = try await sandbox.request(.GET, "/profiles/\(id)")
                #expect(fetched.status == 200)
                #expect(try fetched.decode(DataEnvelope<Profile>.self).data.email == "p@example.com")
                let profiles = try await sandbox.request(.GET, "/profiles").decode(PageEnvelope<Profile>.self)
                #expect(profiles.meta.total == SandboxSeed.profileIDs.count + 1)
                // not re-seeded: the deleted location stays deleted
                #expect(try await sandbox.request(.GET, "/locations/1").status == 404)
            }
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func anUnseededDatabaseStartsEmpty(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store, seed: false) { sandbox in
            let profiles = try await sandbox.request(.GET, "/profiles").decode(PageEnvelope<Profile>.self)
            #expect(profiles.data.isEmpty)
            #expect(profiles.meta.lastPage == 1)
            #expect(profiles.links.next == nil)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func concurrentCreatesWithTheSameEmailMakeExactlyOneProfile(store: SandboxStoreKind) async throws {
        try await store.withPersistentDatabase { persistent in
            // SQLite: in memory and in a file (WAL, a pool of readers); PostgreSQL: a new schema.
            let databases = store == .sqlite ? [.memory, persistent] : [persistent]
            for database in databases {
                try await SandboxHarness.with(database: database) { sandbox in
                    let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                        for index in 0..<20 {
                            group.addTask {
                                let email = index.isMultiple(of: 2) ? "race@example.com" : "RACE@Example.com"
                                return try await sandbox.request(
                                    .POST, "/profiles",
                                    json: #"{"first_name":"R","last_name":"\#(index)","email":"\#(email)"}"#
                                ).status
                            }
                        }
                        return try await group.reduce(into: []) { $0.append($1) }
                    }
                    #expect(statuses.filter { $0 == 201 }.count == 1, "\(database)")
                    #expect(statuses.filter { $0 == 422 }.count == 19, "\(database)")
                    let found = try await sandbox.request(.GET, "/profiles?filter%5Bemail%5D=race%40example.com")
                        .decode(PageEnvelope<Profile>.self)
                    #expect(found.meta.total == 1)
                }
            }
        }
    }
}
