import Crypto
import Metrics
import NIOCore
import OmneoIDConfiguration
import Synchronization

/// What a rate limit is keyed by: the first 128 bits of the SHA-256 of the key's text (an
/// API token, `profile:<sub>`, a client IP). Tokens are never held, only this; and every
/// entry has the same small, fixed size, whatever the caller sent.
struct RateLimitKey: Hashable, Sendable {
    let high: UInt64
    let low: UInt64

    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    init(hashing text: Substring) {
        var hasher = SHA256()
        if text.utf8.withContiguousStorageIfAvailable({ hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }) == nil {
            hasher.update(data: Array(text.utf8))
        }
        let digest = hasher.finalize()
        (high, low) = digest.withUnsafeBytes { bytes in
            (bytes.loadUnaligned(fromByteOffset: 0, as: UInt64.self), bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        }
    }

    init(hashing text: String) {
        self.init(hashing: Substring(text))
    }
}

/// One token-bucket rate limit over many keys, memory-bounded and cheap to lock.
///
/// Each key's bucket holds up to `burst` requests and refills at `perSecond`. It is kept as
/// a single number, the GCRA "theoretical arrival time" (the instant the bucket would be
/// full again): a request at `now` passes when that instant is at most `(burst - 1)` refill
/// intervals ahead, and pushes it one interval further. A key whose instant has passed
/// has a full bucket, exactly as if it had never been seen, so it can be dropped for free.
///
/// Keys are spread over 16 shards, each behind its own `Mutex`, held for one dictionary
/// update and never across an `await`.
///
/// Memory: at most `maxKeys` keys (each shard `maxKeys / 16`). When a shard is full and a
/// new key arrives, the shard first drops every full (idle) bucket, which changes nothing
/// for anyone; if it is still over three quarters full, it then drops the buckets closest to
/// full (least recently active) until it is at three quarters. Such a key starts again
/// from a full bucket: under a flood of distinct keys the limit errs towards letting the
/// least active keys through early, never towards refusing everyone, and never grows.
/// These forced drops are counted (`omneo_id_rate_limit_evictions_total`).
final class RateLimiter: Sendable {
    enum Decision: Equatable {
        case allowed
        /// Refused; the bucket has room again in this many whole seconds (at least 1).
        case limited(retryAfter: Int)
    }

    typealias Clock = @Sendable () -> UInt64

    /// The metric label, e.g. `token_mint`.
    let name: String
    /// Nanoseconds for one request to refill.
    let interval: UInt64
    /// How far ahead of `now` the arrival time may be: `(burst - 1) * interval`.
    let tolerance: UInt64
    let capacityPerShard: Int
    private let shards: [Shard]
    private let now: Clock
    private let limitedCount: Counter
    private let evictionCount: Counter

    static let shardCount = 16

    private final class Shard: Sendable {
        let buckets = Mutex<[RateLimitKey: UInt64]>([:])
    }

    /// - Parameters:
    ///   - now: monotonic nanoseconds; injectable for tests.
    init(
        name: String, limit: OmneoIDSettings.RateLimit, maxKeys: Int, metrics: GatewayMetrics,
        now: @escaping Clock = { NIODeadline.now().uptimeNanoseconds }
    ) {
        self.name = name
        let interval = max(1, UInt64((1_000_000_000 / limit.perSecond).rounded()))
        self.interval = interval
        self.tolerance = interval * UInt64(max(1, limit.burst) - 1)
        self.capacityPerShard = max(4, maxKeys / Self.shardCount)
        self.shards = (0..<Self.shardCount).map { _ in Shard() }
        self.now = now
        (limitedCount, evictionCount) = metrics.rateLimit(name)
    }

    /// Takes one request from `key`'s bucket.
    /// - Parameter countsRefusal: `false` when a refusal is not answered here but handed on to
    ///   a check that takes again (the data plane), so that one 429 counts once.
    func acquire(_ key: RateLimitKey, countsRefusal: Bool = true) -> Decision {
        let now = now()
        let shard = shard(for: key)
        let (decision, evicted) = shard.buckets.withLock { buckets -> (Decision, Int) in
            let stored = buckets[key]
            let decision = decide(stored, now: now)
            if case .limited = decision { return (decision, 0) }
            let arrival = max(stored ?? now, now)
            var evicted = 0
            if stored == nil && buckets.count >= capacityPerShard {
                evicted = Self.makeRoom(&buckets, now: now, target: capacityPerShard * 3 / 4)
            }
            buckets[key] = arrival + interval
            return (.allowed, evicted)
        }
        if evicted > 0 { evictionCount.increment(by: Int64(evicted)) }
        if case .limited = decision, countsRefusal { limitedCount.increment() }
        return decision
    }

    /// Puts back one request taken from `key`'s bucket by `acquire` (never beyond full):
    /// for a budget taken before a check whose outcome turned out not to count.
    func giveBack(_ key: RateLimitKey) {
        let now = now()
        shard(for: key).buckets.withLock { buckets in
            guard let stored = buckets[key] else { return }
            if stored > now + interval {
                buckets[key] = stored - interval
            } else {
                buckets[key] = nil
            }
        }
    }

    /// Counts a refusal decided elsewhere for this limit (a shared budget's), in
    /// `omneo_id_rate_limited_total`.
    func countLimited() {
        limitedCount.increment()
    }

    /// Whether `key`'s bucket is empty, without taking from it.
    func check(_ key: RateLimitKey) -> Decision {
        let now = now()
        let shard = shard(for: key)
        let decision = decide(shard.buckets.withLock { $0[key] }, now: now)
        if case .limited = decision { limitedCount.increment() }
        return decision
    }

    private func shard(for key: RateLimitKey) -> Shard {
        shards[Int(truncatingIfNeeded: key.low) & (Self.shardCount - 1)]
    }

    /// Whether a bucket whose next arrival is `stored` (`nil`: full) may take a request at `now`.
    private func decide(_ stored: UInt64?, now: UInt64) -> Decision {
        let arrival = max(stored ?? now, now)
        guard arrival - now > tolerance else { return .allowed }
        return .limited(retryAfter: Self.wholeSeconds(arrival - tolerance - now))
    }

    /// Keys currently tracked (all shards).
    var count: Int {
        shards.reduce(0) { total, shard in total + shard.buckets.withLock { $0.count } }
    }

    /// Drops every full bucket, then, while over `target`, those closest to full.
    /// - Returns: how many not-yet-full buckets were dropped.
    private static func makeRoom(_ buckets: inout [RateLimitKey: UInt64], now: UInt64, target: Int) -> Int {
        buckets = buckets.filter { $0.value > now }
        guard buckets.count > target else { return 0 }
        let arrivals = buckets.values.sorted()
        let cutoff = arrivals[buckets.count - target - 1]
        let before = buckets.count
        buckets = buckets.filter { $0.value > cutoff }
        return before - buckets.count
    }

    /// `nanoseconds` rounded up to whole seconds, at least 1 (for `Retry-After`).
    static func wholeSeconds(_ nanoseconds: UInt64) -> Int {
        max(1, Int((nanoseconds + 999_999_999) / 1_000_000_000))
    }
}
