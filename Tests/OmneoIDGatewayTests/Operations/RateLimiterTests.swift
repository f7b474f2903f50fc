import Foundation
import OmneoIDConfiguration
import Synchronization
import Testing

@testable import OmneoIDGateway

/// The token buckets themselves, on a fake clock.
@Suite struct RateLimiterTests {
    /// A settable monotonic clock, in nanoseconds.
    final class FakeClock: Sendable {
        let nanoseconds = Mutex<UInt64>(1_000_000_000)
        func advance(_ duration: Duration) {
            nanoseconds.withLock { $0 += UInt64(GatewayMetrics.nanoseconds(duration)) }
        }
        var read: RateLimiter.Clock { { self.nanoseconds.withLock { $0 } } }
    }

    static func limiter(
        _ perSecond: Double, burst: Int, maxKeys: Int = 100_000, clock: FakeClock, metrics: GatewayMetrics = .disabled
    ) -> RateLimiter {
        RateLimiter(
            name: "test", limit: .init(perSecond: perSecond, burst: burst), maxKeys: maxKeys, metrics: metrics,
            now: clock.read)
    }

    static func key(_ text: String) -> RateLimitKey { RateLimitKey(hashing: text) }

    @Test func aFullBucketAllowsTheBurstThenRefillsAtTheRate() {
        let clock = FakeClock()
        let limiter = Self.limiter(10, burst: 20, clock: clock)
        let key = Self.key("api-token")
        for _ in 0..<20 {
            #expect(limiter.acquire(key) == .allowed)
        }
        #expect(limiter.acquire(key) == .limited(retryAfter: 1))
        clock.advance(.milliseconds(99))
        #expect(limiter.acquire(key) == .limited(retryAfter: 1))
        clock.advance(.milliseconds(1))
        #expect(limiter.acquire(key) == .allowed)
        #expect(limiter.acquire(key) == .limited(retryAfter: 1))
        // After a long pause the bucket is full again, and no fuller than the burst.
        clock.advance(.seconds(60))
        for _ in 0..<20 {
            #expect(limiter.acquire(key) == .allowed)
        }
        #expect(limiter.acquire(key) != .allowed)
    }

    @Test func retryAfterIsWholeSecondsRoundedUp() {
        let clock = FakeClock()
        let limiter = Self.limiter(1.0 / 60, burst: 1, clock: clock)
        let key = Self.key("k")
        #expect(limiter.acquire(key) == .allowed)
        #expect(limiter.acquire(key) == .limited(retryAfter: 60))
        clock.advance(.milliseconds(59_500))
        #expect(limiter.acquire(key) == .limited(retryAfter: 1))
        clock.advance(.milliseconds(500))
        #expect(limiter.acquire(key) == .allowed)
        #expect(RateLimiter.wholeSeconds(1) == 1)
        #expect(RateLimiter.wholeSeconds(1_000_000_000) == 1)
        #expect(RateLimiter.wholeSeconds(1_000_000_001) == 2)
    }

    @Test func keysHaveTheirOwnBuckets() {
        let clock = FakeClock()
        let limiter = Self.limiter(1, burst: 2, clock: clock)
        #expect(limiter.acquire(Self.key("a")) == .allowed)
        #expect(limiter.acquire(Self.key("a")) == .allowed)
        #expect(limiter.acquire(Self.key("a")) != .allowed)
        #expect(limiter.acquire(Self.key("b")) == .allowed)
        #expect(Self.key("a") == RateLimitKey(hashing: Substring("xa").dropFirst()))
        #expect(Self.key("a") != Self.key("b"))
    }

    @Test func aFloodOfDistinctKeysCannotGrowTheTable() {
        let clock = FakeClock()
        let admin = AdminServer()
        let limiter = Self.limiter(1, burst: 5, maxKeys: 1_000, clock: clock, metrics: GatewayMetrics(factory: admin.metricsFactory))
        for index in 0..<50_000 {
            #expect(limiter.acquire(Self.key("flood-\(index)")) == .allowed)
            #expect(limiter.count <= 1_000 || index % 997 != 0)
        }
        #expect(limiter.count <= 1_000)
        #expect(limiter.count >= 500)
        // Buckets that were still refilling had to go, and that is counted.
        let evictions = Operations.value(admin.registry.emitToString(), #"omneo_id_rate_limit_evictions_total{limit="test"}"#)
        #expect((evictions ?? 0) > 0)
    }

    @Test func idleBucketsAreDroppedFirstAndForFree() {
        let clock = FakeClock()
        let admin = AdminServer()
        let limiter = Self.limiter(10, burst: 2, maxKeys: 1_000, clock: clock, metrics: GatewayMetrics(factory: admin.metricsFactory))
        // A busy key, still limited, survives a flood of keys that went idle.
        let busy = Self.key("busy")
        for index in 0..<2_000 {
            _ = limiter.acquire(Self.key("idle-\(index)"))
            if index % 100 == 0 { clock.advance(.seconds(1)) }
        }
        clock.advance(.seconds(1))
        #expect(limiter.acquire(busy) == .allowed)
        #expect(limiter.acquire(busy) == .allowed)
        #expect(limiter.acquire(busy) != .allowed)
        for index in 0..<5_000 {
            _ = limiter.acquire(Self.key("later-\(index)"))
            if index % 100 == 0 { clock.advance(.seconds(1)) }
        }
        #expect(limiter.count <= 1_000)
        let evictions = Operations.value(admin.registry.emitToString(), #"omneo_id_rate_limit_evictions_total{limit="test"}"#)
        #expect(evictions == 0)
    }

    @Test func concurrentCallersShareOneBucketExactly() async {
        let clock = FakeClock()
        let limiter = Self.limiter(0.001, burst: 100, clock: clock)
        let key = Self.key("shared")
        let allowed = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    var count = 0
                    for _ in 0..<500 where limiter.acquire(key) == .allowed { count += 1 }
                    return count
                }
            }
            return await group.reduce(0, +)
        }
        #expect(allowed == 100)
    }
}
