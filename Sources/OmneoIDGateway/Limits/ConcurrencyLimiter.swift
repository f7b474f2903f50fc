import Synchronization

/// At most `limit` holders per key at once: `acquire` is a synchronous yes/no (no waiting,
/// no `await`), `release` gives the place back. One `Mutex` around a dictionary that only
/// holds keys currently in use, so memory is bounded by the requests in flight.
final class ConcurrencyLimiter: Sendable {
    let limit: Int
    private let inFlight = Mutex<[RateLimitKey: Int]>([:])

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Takes a place for `key`; `false` when `limit` are already taken.
    func acquire(_ key: RateLimitKey) -> Bool {
        inFlight.withLock { inFlight in
            let count = inFlight[key, default: 0]
            guard count < limit else { return false }
            inFlight[key] = count + 1
            return true
        }
    }

    /// Gives back one place taken by `acquire`.
    func release(_ key: RateLimitKey) {
        inFlight.withLock { inFlight in
            let count = inFlight[key, default: 0]
            inFlight[key] = count > 1 ? count - 1 : nil
        }
    }

    /// Places taken for `key` now.
    func count(_ key: RateLimitKey) -> Int {
        inFlight.withLock { $0[key, default: 0] }
    }
}
