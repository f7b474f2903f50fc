import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import OmneoIDConfiguration
import OmneoTestSupport
import Synchronization
import Testing

@testable import OmneoIDGateway

/// `GET|HEAD /profiles/me[/…]` through the data plane's upstream pool and through Hummingbird's
/// route: the same answers (status, headers in order, body), for every kind of upstream answer.
@Suite struct DataPlaneProfileTests {
    /// The upstream's own base URL, known once it listens (for answers that name it).
    final class Base: Sendable {
        let url = Mutex("")
    }

    /// A JSON profile naming the upstream, a list past the rewrite limit, a plain-text stream, a
    /// 201 with `Location` and `Link`, a 503 that leaks, a 304, a 401 and a silent one.
    static func upstream(_ base: Base) -> RecordingUpstream.Handler {
        { request in
            let upstreamURL = base.url.withLock { $0 }
            let path = request.path
            if path.hasSuffix("/boom") {
                return Response(
                    status: .serviceUnavailable, headers: [.retryAfter: "7", .contentType: "text/plain"],
                    body: .init(byteBuffer: ByteBuffer(string: "Authorization: Bearer service-token")))
            }
            if path.hasSuffix("/refused") { return upstreamJSON(#"{"message":"Unauthenticated."}"#, status: .unauthorized) }
            if path.hasSuffix("/silent") {
                try await Task.sleep(for: .seconds(20))
                return upstreamJSON("{}")
            }
            if path.hasSuffix("/cached") {
                return Response(status: .notModified, headers: [.eTag: #""v1""#, .cacheControl: "max-age=5"], body: .init())
            }
            if path.hasSuffix("/created") {
                return upstreamJSON(
                    #"{"data":{"id":7}}"#, status: .created,
                    headers: [
                        .location: upstreamURL + path.replacingOccurrences(of: "/api/v3", with: "") + "/7",
                        HTTPField.Name("Link")!: "<\(upstreamURL)\(path.replacingOccurrences(of: "/api/v3", with: ""))?page=2>; rel=\"next\"",
                        HTTPField.Name("X-Debug-Token")!: "abc", .setCookie: "session=1",
                    ])
            }
            if path.hasSuffix("/plain") {
                return Response(
                    status: .ok, headers: [.contentType: "text/plain"],
                    body: ResponseBody { writer in
                        for index in 0..<50 { try await writer.write(ByteBuffer(string: "line \(index)\n")) }
                        try await writer.finish(nil)
                    })
            }
            if path.hasSuffix("/big") {
                let item = #"{"href":"\#(upstreamURL)\#(path.replacingOccurrences(of: "/api/v3", with: ""))/1"},"#
                let body = "[" + String(repeating: item, count: (1 << 21) / item.utf8.count) + "{}]"
                return upstreamJSON(body)
            }
            if path.contains("/locations") { return upstreamJSON(#"{"data":{"path":"\#(path)"}}"#) }
            let own = path.replacingOccurrences(of: "/api/v3", with: "")
            return upstreamJSON(
                #"{"data":{"path":"\#(path)","query":"\#(request.query ?? "")"},"links":{"self":"\#(upstreamURL)\#(own)"}}"#,
                headers: [.cacheControl: "no-store", HTTPField.Name("X-Powered-By")!: "PHP"])
        }
    }

    static func withPair(
        configure: @escaping (inout OmneoIDSettings) -> Void = { _ in }, _ body: (DataPlanePair) async throws -> Void
    ) async throws {
        let base = Base()
        try await DataPlanePair.with(handler: upstream(base), configure: configure) { pair in
            base.url.withLock { $0 = pair.upstream.baseURL }
            try await body(pair)
        }
    }

    @Test func profileAnswersAreTheSameThroughThePool() async throws {
        // 8 s: the silent upstream (20 s) times out, a loaded machine's slow answers do not.
        try await Self.withPair(configure: { $0.upstreamTimeout = 8 }) { pair in
            let token = try await pair.token()
            let me = try await pair.both("/profiles/me?include=attributes", token: token, headers: ["X-Request-Id: dp-me-1"])
            #expect(me.on.status == 200)
            #expect(me.on.header("x-request-id") == "dp-me-1")
            #expect(me.on.header("x-powered-by") == nil)
            #expect(me.on.bodyText.contains(#""self":"http://gateway.test/id/api/v1/profiles/me""#), "\(me.on.bodyText)")
            let head = try await pair.both("/profiles/me", method: "HEAD", token: token)
            #expect(head.on.status == 200)
            #expect(head.on.body.isEmpty)
            let item = try await pair.both("/profiles/me/lists/wishlist/items/42", token: token)
            #expect(item.on.status == 200)
            let created = try await pair.both("/profiles/me/lists/created", token: token)
            #expect(created.on.status == 201)
            #expect(created.on.header("location") == "http://gateway.test/id/api/v1/profiles/me/lists/created/7")
            #expect(created.on.header("set-cookie") == nil)
            let plain = try await pair.both("/profiles/me/notes/plain", token: token)
            #expect(plain.on.bodyText.hasPrefix("line 0\nline 1\n"))
            let big = try await pair.both("/profiles/me/lists/big", token: token)
            #expect(big.on.body.count > 1 << 20)
            #expect(try await pair.both("/profiles/me/cached", token: token).on.status == 304)
            let boom = try await pair.both("/profiles/me/boom", token: token)
            #expect(boom.on.status == 503)
            #expect(boom.on.bodyText == #"{"message":"Upstream error."}"#)
            #expect(boom.on.header("retry-after") == "7")
            #expect(try await pair.both("/profiles/me/boom", method: "HEAD", token: token).on.status == 503)
            #expect(try await pair.both("/profiles/me/refused", token: token).on.status == 502)
            let silent = try await pair.both("/profiles/me/silent", token: token)
            #expect(silent.on.status == 504)
            #expect(silent.on.bodyText == #"{"message":"Upstream timed out."}"#)

            // Both gateways asked the upstream the same things, with the same headers but the ids.
            let requests = pair.upstream.requests
            let (onRequests, offRequests) = (requests.enumerated().filter { $0.offset % 2 == 0 }.map(\.element),
                requests.enumerated().filter { $0.offset % 2 == 1 }.map(\.element))
            #expect(onRequests.map(\.path) == offRequests.map(\.path))
            #expect(onRequests.map(\.query) == offRequests.map(\.query))
            for (on, off) in zip(onRequests, offRequests) {
                func names(_ request: RecordedRequest) -> [String] { request.headers.map { $0.name.canonicalName } }
                #expect(names(on) == names(off))
                #expect(on.values("authorization") == ["Bearer service-token"])
                #expect(on.values("x-forwarded-for") == off.values("x-forwarded-for"))
                #expect(on.values("x-forwarded-host") == ["gateway.test"])
            }
            #expect(onRequests.first?.values("x-request-id") == ["dp-me-1"])
            #expect(DataPlanePair.dataPlaneAnswers(pair.onAdmin) == 11)
            #expect(DataPlanePair.dataPlaneAnswers(pair.offAdmin) == 0)
            #expect(DataPlanePair.accessLines(pair.onLog) == DataPlanePair.accessLines(pair.offLog))
            for series in [
                #"omneo_id_upstream_errors_total{call="proxy",kind="status_5xx"}"#,
                #"omneo_id_upstream_errors_total{call="proxy",kind="timeout"}"#,
                #"omneo_id_upstream_errors_total{call="proxy",kind="refused_credentials"}"#,
                #"omneo_id_upstream_request_duration_seconds_count{call="proxy"}"#,
            ] {
                #expect(DataPlanePair.metric(pair.onAdmin, series) == DataPlanePair.metric(pair.offAdmin, series), "\(series)")
            }
        }
    }

    @Test func anUnreachableUpstreamIs502OnBothPaths() async throws {
        // Port 1: nothing listens there, and unlike a stopped test server's ephemeral port it
        // cannot be taken by another test's listener meanwhile (a clean-clone CI run's full
        // suite got another server's 404 there), as in LocationCacheTests.
        try await DataPlanePair.with(upstreamURL: "http://127.0.0.1:1/api/v3") { pair in
            let token = try await pair.token()
            let down = try await pair.both("/profiles/me", token: token)
            #expect(down.on.status == 502)
            #expect(down.on.bodyText == #"{"message":"Upstream unavailable."}"#)
            #expect(try await pair.both("/profiles/me/lists", method: "HEAD", token: token).on.status == 502)
            #expect(DataPlanePair.dataPlaneAnswers(pair.onAdmin) == 2)
        }
    }

    @Test func refusalsAreHummingbirdsOnBothPaths() async throws {
        try await Self.withPair { pair in
            let token = try await pair.token()
            let anonymous = (try await pair.on.anonymousToken(), try await pair.off.anonymousToken())
            #expect(try await pair.both("/profiles/me", token: anonymous).on.status == 404)
            #expect(try await pair.both("/profiles/me").on.status == 401)
            #expect(try await pair.both("/profiles/me/%2e%2e/x", token: token).on.status == 400)
            #expect(try await pair.both("/profiles/me", method: "TRACE", token: token).on.status == 405)
            #expect(pair.upstream.requests.isEmpty)
            #expect(DataPlanePair.dataPlaneAnswers(pair.onAdmin) == 0)
        }
    }

    /// A relayed answer, a cache hit and another relayed answer pipelined on one connection come
    /// back in order.
    @Test func pipelinedRelaysKeepTheirOrder() async throws {
        try await Self.withPair { pair in
            let token = try await pair.token()
            try await pair.both("/locations/1", token: token)
            var answers: [[RawHTTP.Response]] = []
            for (gateway, token) in [(pair.on, token.on), (pair.off, token.off)] {
                func get(_ path: String, close: Bool = false) -> String { DataPlanePair.rawGET(path, token: token, close: close) }
                answers.append(
                    try await RawHTTP.sendPipelined(
                        [get("/profiles/me/first"), get("/locations/1"), get("/profiles/me/lists/big"),
                         get("/profiles/me/last", close: true)],
                        port: gateway.port, timeout: 20))
            }
            #expect(answers[0].count == 4)
            #expect(answers[1].count == 4)
            for (on, off) in zip(answers[0], answers[1]) { DataPlanePair.expectSame(on, off) }
            #expect(answers[0].first?.bodyText.contains("/first") == true)
            #expect(answers[0].last?.bodyText.contains("/last") == true)
            // The four, and the first /locations/1 (a miss, through the pool).
            #expect(DataPlanePair.dataPlaneAnswers(pair.onAdmin) == 5)
        }
    }

    /// A client that shuts its sending side after the request (HTTP/1.0 style) still gets the
    /// relayed answer, as Hummingbird's path answers it; then the connection closes.
    @Test func aHalfClosedRequestIsStillAnswered() async throws {
        try await Self.withPair { pair in
            let token = try await pair.token()
            for (gateway, token) in [(pair.on, token.on), (pair.off, token.off)] {
                let answers = try await RawHTTP.sendPipelined(
                    [DataPlanePair.rawGET("/profiles/me/first", token: token)], port: gateway.port, timeout: 20, halfClose: true)
                #expect(answers.map(\.status) == [200])
                #expect(answers.first?.bodyText.contains("/first") == true)
            }
            #expect(DataPlanePair.dataPlaneAnswers(pair.onAdmin) == 1)
        }
    }
}
