import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import OmneoIDConfiguration
import OmneoTestSupport
import Testing

@testable import OmneoIDGateway

/// The same requests through a gateway with the data plane on and one with it off: the same
/// status, headers (in order; `Date`, `X-Request-Id` and `Age` values aside) and body, the same
/// access-log lines; and the data plane on really answered the cache hits itself.
@Suite struct DataPlaneDifferentialTests {
    /// 404 for `/locations/missing`, 500 ms late for `/locations/slow`, else the echo.
    static let upstream: RecordingUpstream.Handler = { request in
        if request.path.hasSuffix("/missing") {
            return upstreamJSON(#"{"message":"Not found."}"#, status: .notFound)
        }
        if request.path.hasSuffix("/slow") { try await Task.sleep(for: .milliseconds(500)) }
        return upstreamJSON(#"{"data":{"path":"\#(request.path)","query":"\#(request.query ?? "")"}}"#)
    }

    @Test func locationMissesThenHitsAnswerTheSame() async throws {
        try await DataPlanePair.with(handler: Self.upstream) { pair in
            let token = try await pair.token()
            let list = try await pair.both("/locations?page[size]=2", token: token)
            #expect(list.on.status == 200)
            #expect(list.on.header("x-cache") == "MISS")
            let listHit = try await pair.both("/locations?page[size]=2", token: token, headers: ["X-Request-Id: dp-list-1"])
            #expect(listHit.on.header("x-cache") == "HIT")
            #expect(listHit.on.header("x-request-id") == "dp-list-1")
            #expect(listHit.off.header("x-request-id") == "dp-list-1")
            #expect(listHit.on.bodyText == #"{"data":{"path":"/api/v3/locations","query":"page%5Bsize%5D=2"}}"#)
            try await pair.both("/locations/17", token: token)
            let item = try await pair.both("/locations/17", token: token)
            #expect(item.on.header("x-cache") == "HIT")
            let head = try await pair.both("/locations/17", method: "HEAD", token: token)
            #expect(head.on.status == 200)
            #expect(head.on.body.isEmpty)
            #expect(head.on.header("content-length") == item.on.header("content-length"))

            // Each gateway fetched each entry once; the hits never reached the upstream. The data
            // plane answered all five (the two misses through its pool).
            #expect(pair.upstream.requests.count == 4)
            #expect(DataPlanePair.dataPlaneAnswers(pair.onAdmin) == 5)
            #expect(DataPlanePair.dataPlaneAnswers(pair.offAdmin) == 0)
            let onLines = DataPlanePair.accessLines(pair.onLog)
            #expect(onLines == DataPlanePair.accessLines(pair.offLog))
            #expect(onLines.count == 5)
            #expect(onLines.filter { $0.contains("route=/id/api/v1/locations/{id} ") && $0.contains("status=200") }.count == 3)
        }
    }

    @Test func conditionalRequestsNotFoundAndRefusalsAnswerTheSame() async throws {
        try await DataPlanePair.with(handler: Self.upstream) { pair in
            let token = try await pair.token()
            let filled = try await pair.both("/locations/9", token: token)
            let etag = try #require(filled.on.header("etag"))
            let notModified = try await pair.both("/locations/9", token: token, headers: ["If-None-Match: \(etag)"])
            #expect(notModified.on.status == 304)
            #expect(notModified.on.header("x-cache") == "HIT")
            let changed = try await pair.both("/locations/9", token: token, headers: [#"If-None-Match: "other""#])
            #expect(changed.on.status == 200)

            // A 404 from the upstream is cached briefly, and served from the cache like a 200.
            #expect(try await pair.both("/locations/missing", token: token).on.status == 404)
            let missingAgain = try await pair.both("/locations/missing", token: token)
            #expect(missingAgain.on.status == 404)
            #expect(missingAgain.on.header("x-cache") == "HIT")
            #expect(DataPlanePair.dataPlaneAnswers(pair.onAdmin) == 5)

            // What the routes refuse is refused alike (the data plane leaves it to them).
            #expect(try await pair.both("/locations/9/deeper", token: token).on.status == 404)
            #expect(try await pair.both("/locations?colour=red", token: token).on.status == 400)
            #expect(try await pair.both("/locations/9", method: "POST", token: token, headers: ["Content-Length: 0"]).on.status == 405)
            #expect(try await pair.both("/locations/9", token: token, headers: ["Authorization: Bearer x"]).on.status == 400)
            #expect(try await pair.both("/locations/%2e%2e/9", token: token).on.status == 400)
            #expect(try await pair.both("/locations/9").on.status == 401)
            #expect(try await pair.both("/locations/9", token: ("not-a-token", "not-a-token")).on.status == 401)
            #expect(DataPlanePair.dataPlaneAnswers(pair.onAdmin) == 5)
            #expect(DataPlanePair.accessLines(pair.onLog) == DataPlanePair.accessLines(pair.offLog))
        }
    }

    @Test func corsPreflightsAndCrossOriginHitsAnswerTheSame() async throws {
        try await DataPlanePair.with(handler: Self.upstream, configure: { $0.corsOrigins = .list(["https://shop.example"]) }) { pair in
            let token = try await pair.token()
            let preflight = try await pair.both("/locations/3", method: "OPTIONS",
                headers: ["Origin: https://shop.example", "Access-Control-Request-Method: GET"])
            #expect(preflight.on.status == 204)
            try await pair.both("/locations/3", token: token, headers: ["Origin: https://shop.example"])
            let hit = try await pair.both("/locations/3", token: token, headers: ["Origin: https://shop.example"])
            #expect(hit.on.header("x-cache") == "HIT")
            #expect(hit.on.header("access-control-allow-origin") == "https://shop.example")
            #expect(hit.on.header("access-control-allow-credentials") == "true")
            let stranger = try await pair.both("/locations/3", token: token, headers: ["Origin: https://evil.example"])
            #expect(stranger.on.header("access-control-allow-origin") == nil)
            #expect(stranger.on.header("vary") == "Origin")
            #expect(DataPlanePair.dataPlaneAnswers(pair.onAdmin) == 3)
        }
    }

    @Test func revokedTokensAreRefusedOnTheHotPathToo() async throws {
        try await DataPlanePair.with(handler: Self.upstream) { pair in
            let token = try await pair.token()
            #expect(try await pair.both("/locations/5", token: token).on.status == 200)
            #expect(try await pair.both("/locations/5", token: token).on.header("x-cache") == "HIT")
            for (gateway, token) in [(pair.on, token.on), (pair.off, token.off)] {
                let revoked = try await Operations.send(
                    .POST, gateway.baseURL + "/auth/revoke", token: DataPlanePair.apiToken, body: #"{"token":"\#(token)"}"#)
                #expect(revoked.status == 200)
            }
            let refused = try await pair.both("/locations/5", token: token)
            #expect(refused.on.status == 401)
            #expect(DataPlanePair.dataPlaneAnswers(pair.onAdmin) == 2)
        }
    }

    @Test func rateLimitedTokensAnswerTheSame() async throws {
        try await DataPlanePair.with(handler: Self.upstream, configure: {
            $0.rateLimitLocationsMissesToken = .init(perSecond: 1.0 / 3600, burst: 1)
            $0.rateLimitProfilesMe = .init(perSecond: 1.0 / 3600, burst: 1)
        }) { pair in
            let token = try await pair.token()
            #expect(try await pair.both("/locations/1", token: token).on.status == 200)
            let limited = try await pair.both("/locations/2", token: token)
            #expect(limited.on.status == 429)
            #expect(limited.on.header("retry-after") != nil)
            // Hits are never limited.
            #expect(try await pair.both("/locations/1", token: token).on.header("x-cache") == "HIT")
            #expect(try await pair.both("/profiles/me", token: token).on.status == 200)
            #expect(try await pair.both("/profiles/me", token: token).on.status == 429)
            // The location miss and hit and the first /profiles/me; the 429s are Hummingbird's,
            // each refusal counted once.
            #expect(DataPlanePair.dataPlaneAnswers(pair.onAdmin) == 3)
            #expect(DataPlanePair.metric(pair.onAdmin, #"omneo_id_rate_limited_total{limit="locations_misses_token"}"#) == 1)
            #expect(DataPlanePair.metric(pair.offAdmin, #"omneo_id_rate_limited_total{limit="locations_misses_token"}"#) == 1)
            #expect(DataPlanePair.metric(pair.onAdmin, #"omneo_id_rate_limited_total{limit="profiles_me"}"#) == 1)
            #expect(DataPlanePair.metric(pair.offAdmin, #"omneo_id_rate_limited_total{limit="profiles_me"}"#) == 1)
        }
    }

    /// A hit pipelined behind a slow miss must not overtake it; two hits on one keep-alive
    /// connection are both answered by the data plane, in order.
    @Test func pipelinedRequestsKeepTheirOrder() async throws {
        try await DataPlanePair.with(handler: Self.upstream) { pair in
            let token = try await pair.token()
            try await pair.both("/locations/fast", token: token)
            try await pair.both("/locations/other", token: token)
            var answers: [[RawHTTP.Response]] = []
            for (gateway, token) in [(pair.on, token.on), (pair.off, token.off)] {
                func get(_ path: String, close: Bool = false) -> String { DataPlanePair.rawGET(path, token: token, close: close) }
                let slowFirst = try await RawHTTP.sendPipelined(
                    [get("/locations/slow"), get("/locations/fast", close: true)], port: gateway.port)
                let hits = try await RawHTTP.sendPipelined(
                    [get("/locations/fast"), get("/locations/other"), get("/locations/fast", close: true)], port: gateway.port)
                answers.append(slowFirst + hits)
            }
            let (on, off) = (answers[0], answers[1])
            #expect(on.count == 5)
            #expect(off.count == 5)
            for (onAnswer, offAnswer) in zip(on, off) { DataPlanePair.expectSame(onAnswer, offAnswer) }
            #expect(on.map(\.bodyText).map { $0.contains("/slow") } == [true, false, false, false, false])
            #expect(on.map { $0.header("x-cache") } == ["MISS", "HIT", "HIT", "HIT", "HIT"])
            #expect(on[3].bodyText.contains("/locations/other"))
            // The data plane answered all seven: the slow miss through its pool, the hit pipelined
            // behind it only once that answer was written.
            #expect(DataPlanePair.dataPlaneAnswers(pair.onAdmin) == 7)
        }
    }

    /// With the data plane on, Hummingbird's idle timer is off and the data plane's closes a
    /// silent connection; one that keeps asking is not closed.
    @Test func idleConnectionsAreClosedOnBothPaths() async throws {
        try await DataPlanePair.with(handler: Self.upstream, configure: { $0.idleTimeout = 1 }) { pair in
            let token = try await pair.token()
            try await pair.both("/locations/4", token: token)
            for (gateway, token) in [(pair.on, token.on), (pair.off, token.off)] {
                let get = DataPlanePair.rawGET("/locations/4", token: token)
                // No Connection: close: only the idle timeout (1 s) ends this exchange before the read gives up (60 s).
                let started = ContinuousClock.now
                let answers = try await RawHTTP.sendPipelined([get, get], port: gateway.port, timeout: 60)
                #expect(ContinuousClock.now - started < .seconds(40), "the server did not close the idle connection")
                #expect(answers.map(\.status) == [200, 200])
                #expect(answers.map { $0.header("x-cache") } == ["HIT", "HIT"])
            }
            #expect(DataPlanePair.dataPlaneAnswers(pair.onAdmin) == 3)
        }
    }
}
