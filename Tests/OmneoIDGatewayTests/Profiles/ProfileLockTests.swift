import Synchronization
import Testing

@testable import OmneoIDGateway

/// The in-process keyed lock behind find-or-create.
@Suite struct ProfileLockTests {
    /// Counts bodies running at once, and the most seen.
    final class Gauge: Sendable {
        private let state = Mutex((now: 0, peak: 0))
        func enter() { state.withLock { $0.now += 1; $0.peak = max($0.peak, $0.now) } }
        func leave() { state.withLock { $0.now -= 1 } }
        var peak: Int { state.withLock { $0.peak } }
    }

    @Test func oneKeyIsHeldByOneBodyAtATime() async throws {
        let lock = LocalProfileLock()
        let gauge = Gauge()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<20 {
                group.addTask {
                    try await lock.withLock(keys: ["email:a@example.com"]) {
                        gauge.enter()
                        try await Task.sleep(for: .milliseconds(2))
                        gauge.leave()
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(gauge.peak == 1)
        #expect(lock.activeKeyCount == 0)
    }

    @Test func differentKeysDoNotWaitForEachOther() async throws {
        let lock = LocalProfileLock()
        let gauge = Gauge()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<8 {
                group.addTask {
                    try await lock.withLock(keys: ["email:\(index)@example.com"]) {
                        gauge.enter()
                        try await Task.sleep(for: .milliseconds(100))
                        gauge.leave()
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(gauge.peak > 1)
        #expect(lock.activeKeyCount == 0)
    }

    @Test func overlappingKeySetsInAnyOrderNeitherDeadlockNorOverlap() async throws {
        let lock = LocalProfileLock()
        let gauge = Gauge()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<60 {
                let keys = index % 2 == 0 ? ["email:x", "mobile:+61400000000"] : ["mobile:+61400000000", "email:x"]
                group.addTask {
                    try await lock.withLock(keys: keys) {
                        gauge.enter()
                        await Task.yield()
                        gauge.leave()
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(gauge.peak == 1)
        #expect(lock.activeKeyCount == 0)
    }

    @Test func aThrowingBodyReleasesItsKeys() async throws {
        struct Boom: Error {}
        let lock = LocalProfileLock()
        await #expect(throws: Boom.self) {
            try await lock.withLock(keys: ["a", "b"]) { throw Boom() }
        }
        #expect(lock.activeKeyCount == 0)
        let value = try await lock.withLock(keys: ["b", "a", "a"]) { 42 }
        #expect(value == 42)
        #expect(lock.activeKeyCount == 0)
    }

    @Test func aCancelledWaiterStopsWaitingAndLeavesNothingBehind() async throws {
        let lock = LocalProfileLock()
        let (entered, enteredContinuation) = AsyncStream.makeStream(of: Void.self)
        let (release, releaseContinuation) = AsyncStream.makeStream(of: Void.self)
        let holder = Task {
            try await lock.withLock(keys: ["k"]) {
                enteredContinuation.yield()
                for await _ in release { break }
            }
        }
        for await _ in entered { break }
        let waiter = Task { try await lock.withLock(keys: ["k"]) { true } }
        try await Task.sleep(for: .milliseconds(50))
        waiter.cancel()
        await #expect(throws: CancellationError.self) { try await waiter.value }
        releaseContinuation.yield()
        try await holder.value
        #expect(lock.activeKeyCount == 0)
    }
}
