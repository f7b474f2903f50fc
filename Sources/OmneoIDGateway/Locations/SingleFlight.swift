import Synchronization

/// Collapses concurrent work for one key into a single run: the first caller starts it,
/// everyone who asks for the same key before it ends awaits the same result.
///
/// The work runs in its own task, so a caller that goes away (client disconnect) does
/// not cancel it for the others.
final class SingleFlight<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let running = Mutex<[Key: Task<Value, any Error>]>([:])

    /// The result of `work` for `key`, run now or joined while it is already running.
    func run(_ key: Key, _ work: @escaping @Sendable () async throws -> Value) async throws -> Value {
        let task = running.withLock { running in
            if let task = running[key] { return task }
            // The task cannot remove itself before this closure stored it: it needs the lock.
            let task = Task {
                defer { _ = self.running.withLock { $0.removeValue(forKey: key) } }
                return try await work()
            }
            running[key] = task
            return task
        }
        return try await task.value
    }

    /// How many keys are being worked on now.
    var count: Int { running.withLock { $0.count } }
}
