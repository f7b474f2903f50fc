import Synchronization

/// Collapses concurrent work for one key into a single run: the first caller to `join` a key
/// leads (it does the work, then `land`s it); everyone who joins the same key before it lands
/// is called back with the same result.
///
/// Plain callbacks and a lock held only to add or take waiters, no task: the route awaits a
/// flight through `run`, the data plane joins one from a channel handler (each waiter hops back
/// to its own event loop), and a flight led by one path serves the other's waiters.
final class SingleFlight<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    /// Called once with the flight's result, on the thread that lands it.
    typealias Waiter = @Sendable (Result<Value, any Error>) -> Void

    private let waiting = Mutex<[Key: [Waiter]]>([:])

    /// Adds `waiter` to the flight for `key`. Returns `true` when this call started the flight:
    /// the caller must then do the work and call `land(key, …)` exactly once.
    func join(_ key: Key, _ waiter: @escaping Waiter) -> Bool {
        waiting.withLock { waiting in
            if waiting[key] != nil {
                waiting[key]!.append(waiter)
                return false
            }
            waiting[key] = [waiter]
            return true
        }
    }

    /// Ends the flight for `key`: every waiter is called with `result` (outside the lock), and
    /// the next `join` starts a new flight.
    func land(_ key: Key, _ result: Result<Value, any Error>) {
        let waiters = waiting.withLock { $0.removeValue(forKey: key) } ?? []
        for waiter in waiters { waiter(result) }
    }

    /// The result of `work` for `key`, run now or joined while it is already running. The work
    /// runs in its own task, so a caller that goes away (client disconnect) does not cancel it
    /// for the others.
    func run(_ key: Key, _ work: @escaping @Sendable () async throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            let leads = join(key) { continuation.resume(with: $0) }
            guard leads else { return }
            Task {
                do {
                    land(key, .success(try await work()))
                } catch {
                    land(key, .failure(error))
                }
            }
        }
    }

    /// How many keys are being worked on now.
    var count: Int { waiting.withLock { $0.count } }

    /// How many callers (the leader included) wait for `key`'s flight now; 0 when none runs.
    func waiters(for key: Key) -> Int { waiting.withLock { $0[key]?.count ?? 0 } }
}
