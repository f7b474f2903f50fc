import Foundation
import HTTPTypes
import NIOCore
import Synchronization
import Testing

@testable import OmneoIDGateway

/// A clock the test moves by hand.
final class ManualTestClock: Sendable {
    private let instant = Mutex(ContinuousClock.now)
    func now() -> ContinuousClock.Instant { instant.withLock { $0 } }
    func advance(by duration: Duration) { instant.withLock { $0 += duration } }
}

@Suite struct ResponseCacheTests {
    static func stored(
        _ body: String = #"{"data":[]}"#, status: HTTPResponse.Status = .ok, cacheControl: String? = nil, ttl: Int = 60
    ) -> StoredResponse {
        var headers: [(name: String, value: String)] = [("content-type", "application/json")]
        if let cacheControl { headers.append(("cache-control", cacheControl)) }
        return StoredResponse(status: status, upstreamHeaders: headers, body: ByteBuffer(string: body), ttl: ttl)
    }

    @Test func entriesLiveForTheirLifetimeOnTheInjectedClock() {
        let clock = ManualTestClock()
        let cache = ResponseCache(now: clock.now)
        cache.put("/locations", Self.stored(ttl: 60))
        cache.put("/locations/1", Self.stored(cacheControl: "max-age=10", ttl: 60))
        clock.advance(by: .seconds(9))
        #expect(cache.get("/locations")?.age == 9)
        #expect(cache.get("/locations/1") != nil)
        clock.advance(by: .seconds(1))
        #expect(cache.get("/locations/1") == nil)
        #expect(cache.get("/locations") != nil)
        clock.advance(by: .seconds(50))
        #expect(cache.get("/locations") == nil)
        #expect(cache.count == 0)
        #expect(cache.bytes == 0)
    }

    /// Cacheable 200s, and (since issue 14) 404s for at most 5 s; nothing else.
    @Test func onlyCacheable200sAndBrief404sAreStored() {
        let cache = ResponseCache()
        cache.put("b", Self.stored(cacheControl: "no-store"))
        cache.put("c", Self.stored(ttl: 0))
        cache.put("d", Self.stored(status: .internalServerError))
        cache.put("e", Self.stored(status: .notFound, ttl: 0))
        #expect(cache.count == 0)
        #expect(Self.stored(status: .notFound).lifetime == 5)
        cache.put("a", Self.stored(status: .notFound))
        #expect(cache.count == 1)
    }

    @Test func theOldestEntriesGoWhenOverBudget() {
        let body = String(repeating: "x", count: 1000)
        let cache = ResponseCache(maxBytes: 10_000)
        for index in 0..<30 { cache.put("/locations?page=\(index)", Self.stored(body)) }
        #expect(cache.bytes <= 10_000)
        #expect(cache.count >= 5)
        #expect(cache.get("/locations?page=0") == nil)
        #expect(cache.get("/locations?page=29") != nil)
        // Replacing an entry does not count it twice.
        let before = cache.bytes
        cache.put("/locations?page=29", Self.stored(body))
        #expect(cache.bytes == before)
    }

    @Test func anEntryLargerThanAQuarterOfTheBudgetIsNotStored() {
        let cache = ResponseCache(maxBytes: 10_000)
        cache.put("big", Self.stored(String(repeating: "x", count: 3000)))
        #expect(cache.count == 0)
    }

    @Test func manyReplacementsKeepTheQueueBounded() {
        let clock = ManualTestClock()
        let cache = ResponseCache(maxBytes: 1 << 20, now: clock.now)
        for round in 0..<2000 { cache.put("/locations?k=\(round % 3)", Self.stored()) }
        #expect(cache.count == 3)
        clock.advance(by: .seconds(61))
        cache.put("/locations/1", Self.stored())
        #expect(cache.count == 1)
    }

    @Test func storedResponsesKeepOnlyTheListedHeaders() {
        let response = StoredResponse(
            status: .ok,
            upstreamHeaders: [
                ("content-type", "application/json"), ("set-cookie", "a=b"), ("connection", "close"),
                ("cache-control", "max-age=30"), ("etag", "\"theirs\""), ("content-length", "999"),
            ],
            body: ByteBuffer(string: "{}"), ttl: 60)
        #expect(response.headers[.contentType] == "application/json")
        #expect(response.headers[.setCookie] == nil)
        #expect(response.headers[.connection] == nil)
        #expect(response.headers[.contentLength] == "2")
        #expect(response.headers[values: .eTag] == [EntityTag.strong(for: ByteBuffer(string: "{}"))])
        #expect(response.lifetime == 30)
        #expect(response.notModifiedHeaders[.contentType] == nil)
        #expect(response.notModifiedHeaders[.cacheControl] == "max-age=30")
    }
}

@Suite struct CacheDirectivesTests {
    @Test(arguments: [
        ("", 60 as Int?), ("public", 60), ("max-age=30", 30), ("max-age=600", 60), ("public, max-age=5", 5),
        ("s-maxage=7, max-age=30", 7), ("max-age=\"12\"", 12), ("max-age=abc", nil), ("max-age=0", nil),
        ("no-store", nil), ("No-Store", nil), ("private", nil), ("private=\"x\"", nil), ("no-cache", nil),
        ("max-age=99999999999999999999999", 60),
    ])
    func lifetimes(header: String, expected: Int?) {
        #expect(CacheDirectives([header]).lifetime(limit: 60) == expected, "\(header)")
    }

    @Test func severalFieldsCombine() {
        #expect(CacheDirectives(["max-age=30", "no-store"]).lifetime(limit: 60) == nil)
        #expect(CacheDirectives(["public", "max-age=30"]).lifetime(limit: 60) == 30)
    }
}

@Suite struct EntityTagTests {
    static let tag = EntityTag.strong(for: ByteBuffer(string: #"{"data":[]}"#))

    @Test func tagsAreStrongAndDependOnTheBytes() {
        #expect(Self.tag.hasPrefix("\"") && Self.tag.hasSuffix("\""))
        #expect(Self.tag.count == 45)
        #expect(EntityTag.strong(for: ByteBuffer(string: #"{"data":[1]}"#)) != Self.tag)
        #expect(EntityTag.strong(for: ByteBuffer(string: #"{"data":[]}"#)) == Self.tag)
    }

    @Test(arguments: [
        (tag, true), ("W/" + tag, true), ("*", true), (" \"a\" , \(tag)", true), ("\"a\",\"b\"", false),
        ("W/\"a\", W/" + tag, true), ("", false), ("garbage", false), ("\"unterminated", false),
        (String(tag.dropFirst()), false), ("\"\(tag)\"", false),
    ])
    func ifNoneMatch(header: String, matches: Bool) {
        #expect(EntityTag.matches(ifNoneMatch: [header], etag: Self.tag) == matches, "\(header)")
    }

    @Test func severalFieldsAreAllConsulted() {
        #expect(EntityTag.matches(ifNoneMatch: ["\"a\"", Self.tag], etag: Self.tag))
    }
}

/// A counter shared by concurrent tasks.
final class CallCounter: Sendable {
    private let value = Mutex(0)
    func next() -> Int {
        value.withLock {
            $0 += 1; return $0
        }
    }
    var current: Int { value.withLock { $0 } }
}

@Suite struct SingleFlightTests {
    @Test func concurrentCallersShareOneRun() async throws {
        let flights = SingleFlight<String, Int>()
        let runs = CallCounter()
        let results = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<50 {
                group.addTask {
                    try await flights.run("k") {
                        try await Task.sleep(for: .milliseconds(200))
                        return runs.next()
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results == Array(repeating: 1, count: 50))
        #expect(runs.current == 1)
        #expect(flights.count == 0)
        // Once done, the next call runs again.
        #expect(try await flights.run("k") { runs.next() } == 2)
    }

    /// The plain API the data plane uses: the first `join` leads, later ones only wait, and
    /// `land` calls every waiter once and ends the flight.
    @Test func joinLeadsOnceAndLandCallsEveryWaiter() {
        let flights = SingleFlight<String, Int>()
        let results = Mutex<[Int]>([])
        let record: SingleFlight<String, Int>.Waiter = { result in
            if case .success(let value) = result { results.withLock { $0.append(value) } }
        }
        #expect(flights.join("k", record))
        #expect(!flights.join("k", record))
        #expect(flights.join("other", record))
        #expect(flights.waiters(for: "k") == 2)
        flights.land("k", .success(5))
        #expect(results.withLock { $0 } == [5, 5])
        #expect(flights.waiters(for: "k") == 0)
        #expect(flights.count == 1)
        #expect(flights.join("k", record))
    }

    @Test func errorsReachEveryWaiterAndAreNotKept() async throws {
        struct Failure: Error {}
        let flights = SingleFlight<String, Int>()
        await #expect(throws: Failure.self) { try await flights.run("k") { throw Failure() } }
        #expect(try await flights.run("k") { 7 } == 7)
    }
}
