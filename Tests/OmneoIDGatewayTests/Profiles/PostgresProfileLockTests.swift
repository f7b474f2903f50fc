import Foundation
import Logging
import OmneoHTTP
import OmneoPostgres
import OmneoSandbox
import OmneoTestSupport
import PostgresNIO
import Synchronization
import Testing

@testable import OmneoIDGateway

/// Two ``PostgresProfileLock``s on two clients stand for two gateway replicas.
@Suite(.enabled(if: PostgresTestDatabase.isConfigured, Comment(rawValue: PostgresTestDatabase.notConfiguredNote)))
struct PostgresProfileLockTests {
    @Test func twoReplicasSerialiseTheSameKey() async throws {
        try await withTwoLocks { first, second in
            let inside = Occupancy()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<20 {
                    let lock = index.isMultiple(of: 2) ? first : second
                    group.addTask {
                        try await lock.withLock(keys: ["email:race@example.com", "mobile:+61400000000"]) {
                            inside.enter()
                            try await Task.sleep(for: .milliseconds(5))
                            inside.leave()
                        }
                    }
                }
                try await group.waitForAll()
            }
            let result = inside.state.withLock { $0 }
            #expect(result.total == 20)
            #expect(result.most == 1)
        }
    }

    @Test func differentKeysDoNotBlockEachOther() async throws {
        try await withTwoLocks { first, second in
            let (held, holding) = AsyncStream.makeStream(of: Void.self)
            let (release, releasing) = AsyncStream.makeStream(of: Void.self)
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    try await first.withLock(keys: ["email:a@example.com"]) {
                        holding.yield()
                        for await _ in release { break }
                    }
                }
                for await _ in held { break }
                // Runs to its end while the first replica still holds its key.
                let ran = try await second.withLock(keys: ["email:b@example.com"]) { true }
                #expect(ran)
                releasing.yield()
                try await group.waitForAll()
            }
        }
    }

    @Test func theBodysErrorComesOutAndTheKeyIsReleased() async throws {
        struct Refused: Error {}
        try await withTwoLocks { first, second in
            await #expect(throws: Refused.self) {
                try await first.withLock(keys: ["email:c@example.com"]) { throw Refused() }
            }
            let value = try await second.withLock(keys: ["email:c@example.com"]) { 1 }
            #expect(value == 1)
        }
    }

    @Test func aKeyHeldTooLongIs503AndTheBodyNeverRuns() async throws {
        try await withTwoLocks { first, second in
            let impatient = PostgresProfileLock(
                client: second.client, acquireTimeout: .milliseconds(300), logger: second.logger)
            let (held, holding) = AsyncStream.makeStream(of: Void.self)
            let (release, releasing) = AsyncStream.makeStream(of: Void.self)
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    try await first.withLock(keys: ["email:d@example.com"]) {
                        holding.yield()
                        for await _ in release { break }
                    }
                }
                for await _ in held { break }
                let ran = Mutex(false)
                do {
                    try await impatient.withLock(keys: ["email:d@example.com"]) { ran.withLock { $0 = true } }
                    Issue.record("the body ran while another replica held the key")
                } catch let error as OmneoHTTPError {
                    #expect(error.status == .serviceUnavailable)
                    #expect(error.headers[.retryAfter] == "1")
                }
                #expect(ran.withLock { $0 } == false)
                releasing.yield()
                try await group.waitForAll()
                // Released by the holder's transaction end: the key is free again.
                #expect(try await second.withLock(keys: ["email:d@example.com"]) { true })
            }
        }
    }

    @Test func lockIDsAreStableSignedHashes() {
        #expect(PostgresProfileLock.lockID("email:a@example.com") == PostgresProfileLock.lockID("email:a@example.com"))
        #expect(PostgresProfileLock.lockID("email:a@example.com") != PostgresProfileLock.lockID("email:b@example.com"))
    }

    /// Two running clients of the test server, each with its lock.
    private func withTwoLocks(_ body: (PostgresProfileLock, PostgresProfileLock) async throws -> Void) async throws {
        let url = try #require(PostgresTestDatabase.url)
        let logger = Logger(label: "lock-test", factory: { _ in SwiftLogNoOpLogHandler() })
        let clients = try (0..<2).map { _ in
            PostgresClient(configuration: try PostgresURL(url).clientConfiguration(), backgroundLogger: logger)
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for client in clients { group.addTask { await client.run() } }
            defer { group.cancelAll() }
            try await body(
                PostgresProfileLock(client: clients[0], acquireTimeout: .seconds(120), logger: logger),
                PostgresProfileLock(client: clients[1], acquireTimeout: .seconds(120), logger: logger))
        }
    }
}

/// How many bodies run at once, at most, and how many ran.
private final class Occupancy: Sendable {
    let state = Mutex((now: 0, most: 0, total: 0))

    func enter() { state.withLock { $0.now += 1; $0.most = max($0.most, $0.now) } }
    func leave() { state.withLock { $0.now -= 1; $0.total += 1 } }
}
