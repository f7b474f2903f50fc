import AsyncHTTPClient
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import OmneoIDConfiguration
import OmneoTestSupport
import Synchronization
import Testing

@testable import OmneoIDGateway

/// An upstream JSON answer (200 unless told) with optional extra headers.
func upstreamJSON(
    _ body: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]
) -> Response {
    var fields = headers
    fields[.contentType] = "application/json"
    fields[.contentLength] = String(body.utf8.count)
    return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: body)))
}

/// `/locations` caching, conditional requests, methods and failures, against a recording upstream.
@Suite struct LocationCacheTests {
    static let echo: RecordingUpstream.Handler = { request in
        upstreamJSON(#"{"data":{"path":"\#(request.path)","query":"\#(request.query ?? "")"}}"#)
    }

    func withCache(
        handler: @escaping RecordingUpstream.Handler = LocationCacheTests.echo,
        configure: @escaping (inout OmneoIDSettings) -> Void = { _ in },
        _ body: (RecordingUpstream, GatewayHarness, String) async throws -> Void
    ) async throws {
        let upstream = try await RecordingUpstream(handler: handler)
        let gateway = try await GatewayHarness(upstreamURL: upstream.baseURL, configure: configure)
        let token = try await gateway.anonymousToken()
        try await stopping(gateway, upstream) {
            try await body(upstream, gateway, token)
        }
    }

    /// Like `withCache`, but the location routes run alone on a listener of their own with a
    /// cache on a hand-moved clock (the gateway's upstream and verifier are reused).
    func withManualClock(
        handler: @escaping RecordingUpstream.Handler = LocationCacheTests.echo,
        _ body: (RecordingUpstream, String, ManualTestClock, String) async throws -> Void
    ) async throws {
        try await withCache(handler: handler) { upstream, gateway, token in
            let clock = ManualTestClock()
            let router = Router(context: GatewayRequestContext.self)
            router.add(middleware: RequestHygieneMiddleware())
            LocationRoutes(
                verifier: gateway.gateway.verifier, upstream: gateway.gateway.upstream, settings: gateway.settings,
                cache: ResponseCache(now: clock.now)
            ).register(on: router)
            let server = try await ServerTask { onRunning in
                Application(
                    router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                    onServerRunning: { await onRunning($0.localAddress?.port ?? 0) },
                    logger: Logger(label: "locations-test", factory: { _ in SwiftLogNoOpLogHandler() }))
            }
            try await stopping(server) {
                try await body(upstream, "http://127.0.0.1:\(server.port)/id/api/v1", clock, token)
            }
        }
    }

    func send(
        _ method: HTTPMethod = .GET, _ url: String, token: String?, headers: [(String, String)] = []
    ) async throws -> (status: UInt, headers: HTTPHeaders, body: String) {
        let answer = try await TestHTTP.send(method, url, token: token, headers: headers)
        return (answer.status, answer.headers, String(buffer: answer.body))
    }

    // MARK: Methods

    static let refused = ["POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND", "PURGE", "LOCK", "MKCOL"]

    @Test(arguments: refused, ["/locations", "/locations/7"])
    func otherMethodsAre405WithAllow(method: String, path: String) async throws {
        try await withCache { upstream, gateway, token in
            let response = try await RawHTTP.locations(
                "/id/api/v1\(path)", method: method, token: token, headers: ["Content-Length: 0"], port: gateway.port)
            #expect(response.status == 405)
            #expect(response.header("allow") == "GET, HEAD")
            #expect(response.bodyText.contains(#""message""#))
            #expect(upstream.requests.isEmpty)
        }
    }

    @Test func connectIsRefusedToo() async throws {
        try await withCache { upstream, gateway, token in
            let response = try await RawHTTP.locations(
                "/id/api/v1/locations", method: "CONNECT", token: token, port: gateway.port)
            #expect(response.status == 405)
            #expect(response.header("allow") == "GET, HEAD")
            #expect(upstream.requests.isEmpty)
        }
    }

    @Test func headAnswersTheHeadersOfGetWithoutABody() async throws {
        try await withCache { upstream, gateway, token in
            let get = try await send(.GET, "\(gateway.baseURL)/locations", token: token)
            let head = try await RawHTTP.locations(
                "/id/api/v1/locations", method: "HEAD", token: token, port: gateway.port)
            #expect(head.status == 200)
            #expect(head.body.isEmpty)
            #expect(head.header("content-length") == String(get.body.utf8.count))
            #expect(head.header("etag") == get.headers.first(name: "etag"))
            #expect(head.header("x-cache") == "HIT")
            #expect(upstream.requests.map(\.method) == ["GET"])
        }
    }

    // MARK: Upstream requests

    @Test func theQueryGoesUpstreamVerbatimAndRawAndEncodedBracketsShareAnEntry() async throws {
        try await withCache { upstream, gateway, token in
            for target in [
                "/id/api/v1/locations?filter[is_published]=1&filter[is_permanently_closed]=0&sort=-name",
                "/id/api/v1/locations?filter%5Bis_published%5D=1&filter%5Bis_permanently_closed%5D=0&sort=-name",
            ] {
                let response = try await RawHTTP.locations(target, token: token, port: gateway.port)
                #expect(response.status == 200)
            }
            #expect(upstream.requests.count == 1)
            let recorded = try #require(upstream.requests.first)
            #expect(recorded.path == "/api/v3/locations")
            #expect(recorded.query == "filter%5Bis_published%5D=1&filter%5Bis_permanently_closed%5D=0&sort=-name")
            #expect(recorded.values("Authorization") == ["Bearer service-token"])
        }
    }

    @Test func theIDIsReencodedAsOneSegment() async throws {
        try await withCache { upstream, gateway, token in
            let response = try await RawHTTP.locations("/id/api/v1/locations/a%20b~c", token: token, port: gateway.port)
            #expect(response.status == 200)
            #expect(upstream.requests.map(\.path) == ["/api/v3/locations/a%20b~c"])
        }
    }

    @Test func nothingGoesUpstreamWithoutAToken() async throws {
        try await withCache { upstream, gateway, _ in
            let status1 = try await send(.GET, "\(gateway.baseURL)/locations", token: nil).status
            #expect(status1 == 401)
            let status2 = try await send(.GET, "\(gateway.baseURL)/locations/1", token: "x.y.z").status
            #expect(status2 == 401)
            #expect(upstream.requests.isEmpty)
        }
    }

    // MARK: Cache

    @Test func aSecondRequestIsAHitWithTheSameBodyAndETag() async throws {
        try await withManualClock { upstream, baseURL, clock, token in
            let first = try await send(.GET, "\(baseURL)/locations?page%5Bsize%5D=5", token: token)
            clock.advance(by: .seconds(7))
            let second = try await send(.GET, "\(baseURL)/locations?page%5Bsize%5D=5", token: token)
            #expect(first.status == 200 && second.status == 200)
            #expect(first.body == second.body)
            #expect(first.headers.first(name: "x-cache") == "MISS")
            #expect(first.headers["age"].isEmpty)
            #expect(second.headers.first(name: "x-cache") == "HIT")
            #expect(second.headers.first(name: "age") == "7")
            #expect(first.headers.first(name: "etag") == second.headers.first(name: "etag"))
            #expect(second.headers.first(name: "content-type") == "application/json")
            #expect(upstream.requests.count == 1)
            // Another query or another id is another entry.
            _ = try await send(.GET, "\(baseURL)/locations?page%5Bsize%5D=6", token: token)
            _ = try await send(.GET, "\(baseURL)/locations/1", token: token)
            _ = try await send(.GET, "\(baseURL)/locations", token: token)
            #expect(upstream.requests.count == 4)
        }
    }

    @Test func theGatewayMarksHitsAndMisses() async throws {
        try await withCache { _, gateway, token in
            let first = try await send(.GET, "\(gateway.baseURL)/locations", token: token)
            let second = try await send(.GET, "\(gateway.baseURL)/locations", token: token)
            #expect(first.headers.first(name: "x-cache") == "MISS")
            #expect(second.headers.first(name: "x-cache") == "HIT")
            #expect(second.headers["age"].count == 1)
            #expect(second.headers["x-request-id"].count == 1)
        }
    }

    @Test func eTagIsStrongAndIfNoneMatchAnswers304() async throws {
        try await withCache { upstream, gateway, token in
            let url = "\(gateway.baseURL)/locations"
            let first = try await send(.GET, url, token: token)
            let etag = try #require(first.headers.first(name: "etag"))
            #expect(etag.hasPrefix("\"") && etag.hasSuffix("\"") && !etag.hasPrefix("W/"))
            #expect(etag.count == 45)  // base64url SHA-256 (43) in quotes
            for header in [etag, "W/\(etag)", "\"other\", \(etag)", "\"a\",W/\(etag) ", "*"] {
                let response = try await send(.GET, url, token: token, headers: [("If-None-Match", header)])
                #expect(response.status == 304, "\(header)")
                #expect(response.body.isEmpty)
                #expect(response.headers.first(name: "etag") == etag)
            }
            for header in ["\"other\"", "W/\"other\"", etag.dropLast() + "x\"", "garbage"] {
                let response = try await send(.GET, url, token: token, headers: [("If-None-Match", header)])
                #expect(response.status == 200, "\(header)")
                #expect(response.body == first.body)
            }
            #expect(upstream.requests.count == 1)
        }
    }

    @Test func notModifiedHasNoBodyOnTheWire() async throws {
        try await withCache { _, gateway, token in
            let first = try await send(.GET, "\(gateway.baseURL)/locations", token: token)
            let etag = try #require(first.headers.first(name: "etag"))
            let response = try await RawHTTP.locations(
                "/id/api/v1/locations", token: token, headers: ["If-None-Match: \(etag)"], port: gateway.port)
            #expect(response.status == 304)
            #expect(response.body.isEmpty)
            #expect(response.header("transfer-encoding") == nil)
            #expect(
                response.header("content-length") == nil
                    || response.header("content-length") == String(first.body.utf8.count))
        }
    }

    @Test func uncachedAnswersStillCarryAnETagAndAnswer304() async throws {
        try await withCache(configure: { $0.locationsCacheTTL = 0 }) { upstream, gateway, token in
            let url = "\(gateway.baseURL)/locations/5"
            let first = try await send(.GET, url, token: token)
            let etag = try #require(first.headers.first(name: "etag"))
            let second = try await send(.GET, url, token: token, headers: [("If-None-Match", etag)])
            #expect(second.status == 304)
            #expect(second.headers.first(name: "x-cache") == "MISS")
            #expect(upstream.requests.count == 2)
        }
    }

    @Test func entriesExpireAfterTheTTL() async throws {
        try await withManualClock { upstream, baseURL, clock, token in
            let url = "\(baseURL)/locations"
            _ = try await send(.GET, url, token: token)
            clock.advance(by: .seconds(59))
            let cached = try await send(.GET, url, token: token)
            #expect(cached.headers.first(name: "x-cache") == "HIT")
            #expect(upstream.requests.count == 1)
            clock.advance(by: .seconds(1))
            let after = try await send(.GET, url, token: token)
            #expect(after.headers.first(name: "x-cache") == "MISS")
            #expect(upstream.requests.count == 2)
        }
    }

    @Test func entriesExpireOnTheWallClockToo() async throws {
        try await withCache(configure: { $0.locationsCacheTTL = 1 }) { upstream, gateway, token in
            let url = "\(gateway.baseURL)/locations"
            _ = try await send(.GET, url, token: token)
            try await Task.sleep(for: .milliseconds(1100))
            let after = try await send(.GET, url, token: token)
            #expect(after.headers.first(name: "x-cache") == "MISS")
            #expect(upstream.requests.count == 2)
        }
    }

    @Test func upstreamMaxAgeShortensTheTTL() async throws {
        let handler: RecordingUpstream.Handler = { _ in
            upstreamJSON(#"{"data":[]}"#, headers: [.cacheControl: "public, max-age=5"])
        }
        try await withManualClock(handler: handler) { upstream, baseURL, clock, token in
            let url = "\(baseURL)/locations"
            let first = try await send(.GET, url, token: token)
            #expect(first.headers.first(name: "cache-control") == "public, max-age=5")
            clock.advance(by: .seconds(4))
            _ = try await send(.GET, url, token: token)
            #expect(upstream.requests.count == 1)
            clock.advance(by: .seconds(1))
            _ = try await send(.GET, url, token: token)
            #expect(upstream.requests.count == 2)
        }
    }

    @Test(arguments: ["no-store", "private", "no-cache", "max-age=0", "public, max-age=60, no-store", "PRIVATE"])
    func uncacheableAnswersAreNotStored(cacheControl: String) async throws {
        let handler: RecordingUpstream.Handler = { _ in
            upstreamJSON(#"{"data":[]}"#, headers: [.cacheControl: cacheControl])
        }
        try await withCache(handler: handler) { upstream, gateway, token in
            let url = "\(gateway.baseURL)/locations"
            let first = try await send(.GET, url, token: token)
            let second = try await send(.GET, url, token: token)
            #expect(first.status == 200 && second.status == 200)
            #expect(second.headers.first(name: "x-cache") == "MISS")
            #expect(second.headers.first(name: "etag") != nil)
            #expect(upstream.requests.count == 2)
        }
    }

    @Test func ttlZeroTurnsTheCacheOff() async throws {
        try await withCache(configure: { $0.locationsCacheTTL = 0 }) { upstream, gateway, token in
            for _ in 0..<3 { _ = try await send(.GET, "\(gateway.baseURL)/locations", token: token) }
            #expect(upstream.requests.count == 3)
        }
    }

    // 404 is cached briefly since issue 14 (LocationAbuseTests).
    @Test(arguments: [422, 429, 500, 503])
    func errorsArePassedThroughAndNeverCached(status: Int) async throws {
        let handler: RecordingUpstream.Handler = { _ in
            upstreamJSON(
                #"{"message":"Upstream says \#(status)."}"#, status: .init(code: status),
                headers: [.retryAfter: "7", .setCookie: "s=1", .cacheControl: "max-age=600"])
        }
        try await withCache(handler: handler) { upstream, gateway, token in
            for _ in 0..<2 {
                let response = try await send(.GET, "\(gateway.baseURL)/locations/9?page=1", token: token)
                #expect(response.status == UInt(status))
                #expect(response.body == #"{"message":"Upstream says \#(status)."}"#)
                #expect(response.headers.first(name: "content-type") == "application/json")
                #expect(response.headers.first(name: "retry-after") == "7")
                #expect(response.headers["set-cookie"].isEmpty)
                #expect(response.headers["etag"].isEmpty)
            }
            #expect(upstream.requests.count == 2)
        }
    }

    @Test func upstreamHeadersOtherThanTheKeptOnesStayBehind() async throws {
        let handler: RecordingUpstream.Handler = { _ in
            upstreamJSON(
                #"{"data":[]}"#,
                headers: [.setCookie: "session=secret", .init("X-Internal")!: "1", .eTag: "\"upstream\""])
        }
        try await withCache(handler: handler) { _, gateway, token in
            for _ in 0..<2 {
                let response = try await send(.GET, "\(gateway.baseURL)/locations", token: token)
                #expect(response.headers["set-cookie"].isEmpty)
                #expect(response.headers["x-internal"].isEmpty)
                #expect(response.headers["etag"].count == 1)
                #expect(response.headers.first(name: "etag") != "\"upstream\"")
                #expect(response.headers["x-request-id"].count == 1)
            }
        }
    }

    @Test func oneHundredConcurrentColdRequestsMakeOneUpstreamCall() async throws {
        let handler: RecordingUpstream.Handler = { request in
            try await Task.sleep(for: .milliseconds(300))
            return upstreamJSON(#"{"data":[{"id":1}],"q":"\#(request.query ?? "")"}"#)
        }
        try await withCache(handler: handler) { upstream, gateway, token in
            let url = "\(gateway.baseURL)/locations?filter%5Bis_published%5D=1"
            let results = try await withThrowingTaskGroup(of: (UInt, String, String?).self) { group in
                for _ in 0..<100 {
                    group.addTask {
                        let response = try await send(.GET, url, token: token)
                        return (response.status, response.body, response.headers.first(name: "etag"))
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(results.count == 100)
            #expect(results.allSatisfy { $0.0 == 200 })
            #expect(Set(results.map(\.1)).count == 1)
            #expect(Set(results.map(\.2)).count == 1)
            #expect(upstream.requests.count == 1)
        }
    }

    @Test func concurrentErrorsAreSharedButNotKept() async throws {
        let handler: RecordingUpstream.Handler = { _ in
            try await Task.sleep(for: .milliseconds(500))
            return upstreamJSON(#"{"message":"Upstream error."}"#, status: .serviceUnavailable)
        }
        try await withCache(handler: handler) { upstream, gateway, token in
            let url = "\(gateway.baseURL)/locations/77"
            let statuses = try await withThrowingTaskGroup(of: UInt.self) { group in
                for _ in 0..<20 { group.addTask { try await send(.GET, url, token: token).status } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses == Array(repeating: 503, count: 20))
            // Requests that arrive while a fetch is running share it (a slow test machine may
            // start a second one after the first ended: errors are not kept).
            let during = upstream.requests.count
            #expect(during >= 1 && during < 10)
            let status = try await send(.GET, url, token: token).status
            #expect(status == 503)
            #expect(upstream.requests.count == during + 1)
        }
    }

    // MARK: Failures

    @Test func anUnreachableUpstreamIs502() async throws {
        // Port 1: nothing listens there, and unlike a stopped test server's ephemeral port it
        // cannot be taken by another test's listener meanwhile (that made this flaky).
        let gateway = try await GatewayHarness(upstreamURL: "http://127.0.0.1:1/api/v3")
        let token = try await gateway.anonymousToken()
        let response = try await send(.GET, "\(gateway.baseURL)/locations", token: token)
        await gateway.stop()
        #expect(response.status == 502)
        #expect(response.body == #"{"message":"Upstream unavailable."}"#)
    }

    @Test func aSlowUpstreamIs504AndNotCached() async throws {
        // The upstream answers from its event loop, never from a Swift task: in the full suite the
        // cooperative pool is saturated, and a `RecordingUpstream` handler ran seconds after its
        // request arrived, so the "fast" answer missed the 1.5 s timeout too (the gateway's timer
        // is on NIO and ran on time). The first connection stays silent; later ones answer at once.
        let upstream = try await ScriptedUpstream(group: MultiThreadedEventLoopGroup.singleton) { request in
            request.connection == 0
                ? .silence
                : .send("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"data\":[]}")
        }
        let gateway = try await GatewayHarness(
            upstreamURL: "http://127.0.0.1:\(upstream.port)/api/v3", configure: { $0.upstreamTimeout = 1.5 })
        let token = try await gateway.anonymousToken()
        try await stopping(gateway, upstream) {
            let slow = try await send(.GET, "\(gateway.baseURL)/locations", token: token)
            #expect(slow.status == 504)
            #expect(slow.body == #"{"message":"Upstream timed out."}"#)
            let fast = try await send(.GET, "\(gateway.baseURL)/locations", token: token)
            #expect(fast.status == 200)
            #expect(fast.body == #"{"data":[]}"#)
            #expect(fast.headers.first(name: "x-cache") == "MISS")
            // The 504 was not kept: the second GET went upstream, once, on a new connection.
            #expect(upstream.requests.filter { $0.connection > 0 }.map(\.uri) == ["/api/v3/locations"])
        }
    }
}
