import Synchronization

/// A shared, memory-bounded cache of buffered responses, keyed by upstream path and query.
///
/// Entries live for their own lifetime (seconds, decided by `StoredResponse`); when the
/// stored bytes pass `maxBytes` the oldest entries go first (insertion order: a hit does
/// not write, so hits only ever take the lock to read). Expired entries are dropped when
/// met, and from the front of the queue on every insert.
final class ResponseCache: Sendable {
    typealias Clock = @Sendable () -> ContinuousClock.Instant

    /// One lookup's result: the stored answer and its age in whole seconds.
    struct Hit: Sendable {
        let response: StoredResponse
        let age: Int
    }

    private struct Entry {
        let response: StoredResponse
        let stored: ContinuousClock.Instant
        let expires: ContinuousClock.Instant
        let cost: Int
        let sequence: UInt64
    }

    private struct State {
        var entries: [String: Entry] = [:]
        /// Keys in insertion order; an item whose sequence no longer matches its entry is stale.
        var order: [(key: String, sequence: UInt64)] = []
        var head = 0
        var bytes = 0
        var nextSequence: UInt64 = 0

        mutating func remove(_ key: String) {
            if let entry = entries.removeValue(forKey: key) { bytes -= entry.cost }
        }
    }

    /// 16 MiB.
    static let defaultMaxBytes = 16 << 20

    let maxBytes: Int
    private let now: Clock
    private let state = Mutex(State())

    /// - Parameters:
    ///   - maxBytes: the most the cached bodies and headers may hold (approximately).
    ///   - now: the clock, injectable for tests.
    init(maxBytes: Int = ResponseCache.defaultMaxBytes, now: @escaping Clock = { ContinuousClock.now }) {
        self.maxBytes = maxBytes
        self.now = now
    }

    /// The fresh entry for `key`, if any.
    func get(_ key: String) -> Hit? {
        let now = now()
        return state.withLock { state -> Hit? in
            guard let entry = state.entries[key] else { return nil }
            guard now < entry.expires else {
                state.remove(key)
                return nil
            }
            return Hit(response: entry.response, age: Int((now - entry.stored).components.seconds))
        }
    }

    /// Stores `response` under `key` for its lifetime; does nothing when it is not
    /// cacheable or would take more than a quarter of the budget.
    func put(_ key: String, _ response: StoredResponse) {
        guard let lifetime = response.lifetime else { return }
        let cost = response.cost + key.utf8.count
        guard cost <= maxBytes / 4 else { return }
        let now = now()
        state.withLock { state in
            state.remove(key)
            let sequence = state.nextSequence
            state.nextSequence += 1
            state.entries[key] = Entry(
                response: response, stored: now, expires: now + .seconds(lifetime), cost: cost, sequence: sequence)
            state.order.append((key, sequence))
            state.bytes += cost
            Self.evict(&state, now: now, maxBytes: maxBytes)
        }
    }

    /// Entries held (fresh or not yet dropped).
    var count: Int { state.withLock { $0.entries.count } }
    /// Bytes held, as counted against `maxBytes`.
    var bytes: Int { state.withLock { $0.bytes } }

    /// Pops the queue's front while it is stale or expired, or while over budget; then
    /// compacts the queue when stale items dominate it.
    private static func evict(_ state: inout State, now: ContinuousClock.Instant, maxBytes: Int) {
        while state.head < state.order.count {
            let (key, sequence) = state.order[state.head]
            if let entry = state.entries[key], entry.sequence == sequence {
                guard state.bytes > maxBytes || now >= entry.expires else { break }
                state.remove(key)
            }
            state.head += 1
        }
        if state.head > 0 && state.head * 2 >= state.order.count {
            state.order.removeFirst(state.head)
            state.head = 0
        }
        if state.order.count - state.head > 2 * state.entries.count + 64 {
            let live = state.order[state.head...].filter { state.entries[$0.key]?.sequence == $0.sequence }
            state.order = live
            state.head = 0
        }
    }
}
