import Synchronization

/// Serialises find-or-create for one shopper: while a body runs under a set of keys, no
/// other body holding any of those keys runs.
///
/// Keys are opaque strings (`ProfileSignup.lockKeys`: the canonical e-mail and the E.164
/// mobile). ``LocalProfileLock`` covers one process; for several replicas a shared lock
/// (for instance a PostgreSQL advisory lock on a hash of each key) takes its place.
public protocol ProfileLock: Sendable {
    /// Runs `body` while holding every one of `keys`.
    ///
    /// Implementations take the keys in sorted order (so two callers sharing keys cannot
    /// deadlock) and release them whatever `body` does.
    func withLock<T: Sendable>(keys: [String], _ body: () async throws -> T) async throws -> T
}

/// An in-process ``ProfileLock``: one FIFO queue per key that is held, removed as soon as
/// nobody holds or waits for it, so memory stays bounded by the requests in flight.
///
/// A waiting task that is cancelled stops waiting and throws `CancellationError`.
public final class LocalProfileLock: ProfileLock {
    private struct Waiter {
        let id: UInt64
        let continuation: CheckedContinuation<Void, any Error>
    }

    /// A key that is held, and who waits for it.
    private struct Entry {
        var waiters: [Waiter] = []
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var nextWaiterID: UInt64 = 0
    }

    private let state = Mutex(State())

    public init() {}

    public func withLock<T: Sendable>(keys: [String], _ body: () async throws -> T) async throws -> T {
        let ordered = Array(Set(keys)).sorted()
        var held: [String] = []
        defer { for key in held.reversed() { release(key) } }
        for key in ordered {
            try await acquire(key)
            held.append(key)
        }
        return try await body()
    }

    /// How many keys are held or waited for (for tests: 0 when idle).
    var activeKeyCount: Int { state.withLock { $0.entries.count } }

    private func acquire(_ key: String) async throws {
        let id: UInt64? = state.withLock { state in
            if state.entries[key] == nil {
                state.entries[key] = Entry()
                return nil
            }
            state.nextWaiterID += 1
            return state.nextWaiterID
        }
        guard let id else { return }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let cancelled = state.withLock { state -> Bool in
                    // The flag is set before cancellation handlers run, so checking it under
                    // the mutex closes the gap between "decided to wait" and "queued".
                    if Task.isCancelled { return true }
                    if state.entries[key] == nil {
                        // Released between deciding to wait and queueing: take it now.
                        state.entries[key] = Entry()
                        continuation.resume()
                        return false
                    }
                    state.entries[key]!.waiters.append(Waiter(id: id, continuation: continuation))
                    return false
                }
                if cancelled { continuation.resume(throwing: CancellationError()) }
            }
        } onCancel: {
            let waiter = state.withLock { state -> Waiter? in
                guard let index = state.entries[key]?.waiters.firstIndex(where: { $0.id == id }) else { return nil }
                return state.entries[key]!.waiters.remove(at: index)
            }
            waiter?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Hands the key to the next waiter, or forgets it when nobody waits.
    private func release(_ key: String) {
        let next = state.withLock { state -> Waiter? in
            guard var entry = state.entries[key] else { return nil }
            if entry.waiters.isEmpty {
                state.entries[key] = nil
                return nil
            }
            let next = entry.waiters.removeFirst()
            state.entries[key] = entry
            return next
        }
        next?.continuation.resume()
    }
}
