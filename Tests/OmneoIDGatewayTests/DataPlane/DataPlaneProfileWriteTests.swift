import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NIOPosix
import OmneoIDConfiguration
import OmneoTestSupport
import Testing

@testable import OmneoIDGateway

/// `POST|PUT|PATCH|DELETE /profiles/me[/…]` through the data plane's upstream pool and through
/// Hummingbird's route: the same answers, the same bytes upstream, the same refusals (the
/// route's), the same end for a body over the limit, a stalled client and a failing upstream.
@Suite struct DataPlaneProfileWriteTests {
    /// The method, path, length and body it received, as JSON.
    static let echo: RecordingUpstream.Handler = { request in
        let body = String(decoding: request.body ?? Data(), as: UTF8.self)
        return upstreamJSON(#"{"method":"\#(request.method)","path":"\#(request.path)","length":\#(request.bodyLength),"body":\#(body.isEmpty ? "null" : body)}"#)
    }

    /// A raw request with `Connection: close` and `body` after the head.
    static func raw(_ method: String, _ path: String, token: String?, headers: [String] = [], body: String = "") -> String {
        var lines = ["\(method) \(Gateway.basePath)\(path) HTTP/1.1", "Host: gateway.test"]
        if let token { lines.append("Authorization: Bearer \(token)") }
        lines += headers
        lines.append("Connection: close")
        return lines.joined(separator: "\r\n") + "\r\n\r\n" + body
    }

    /// `chunks` in chunked transfer coding, with the last chunk.
    static func chunked(_ chunks: [String]) -> String {
        chunks.map { String($0.utf8.count, radix: 16) + "\r\n" + $0 + "\r\n" }.joined() + "0\r\n\r\n"
    }

    /// The same raw request (each gateway's own token) to both gateways; the same answer expected.
    @discardableResult
    static func both(
        _ pair: DataPlanePair, token: (on: String, off: String), sourceLocation: SourceLocation = #_sourceLocation,
        _ make: (String) -> String
    ) async throws -> (on: RawHTTP.Response, off: RawHTTP.Response) {
        let on = try await RawHTTP.send(make(token.on), port: pair.on.port)
        let off = try await RawHTTP.send(make(token.off), port: pair.off.port)
        DataPlanePair.expectSame(on, off, sourceLocation: sourceLocation)
        return (on, off)
    }

    @Test func writesGoUpstreamWithTheirBodiesByteForByte() async throws {
        try await DataPlanePair.with(handler: Self.echo) { pair in
            let token = try await pair.token()
            let json = #"{"name":"Wish list ✓","public":false}"#
            let put = try await Self.both(pair, token: token) {
                Self.raw(
                    "PUT", "/profiles/me/lists/wishlist", token: $0,
                    headers: ["Content-Type: application/json", "Content-Length: \(json.utf8.count)", "X-Request-Id: dp-put-1"],
                    body: json)
            }
            #expect(put.on.status == 200)
            #expect(put.on.bodyText.contains(#""method":"PUT""#))
            let chunks = [#"{"line1":"#, #""1 Main St","#, #""city":"Perth"}"#]
            let post = try await Self.both(pair, token: token) {
                Self.raw(
                    "POST", "/profiles/me/addresses", token: $0,
                    headers: ["Content-Type: application/json", "Transfer-Encoding: chunked"], body: Self.chunked(chunks))
            }
            #expect(post.on.status == 200)
            #expect(try await Self.both(pair, token: token) {
                Self.raw("DELETE", "/profiles/me/lists/wishlist/items/3", token: $0)
            }.on.status == 200)
            #expect(try await Self.both(pair, token: token) {
                Self.raw("POST", "/profiles/me/redeem", token: $0, headers: ["Content-Length: 0"])
            }.on.status == 200)
            let patch = #"{"eyes":"green"}"#
            #expect(try await Self.both(pair, token: token) {
                Self.raw(
                    "PATCH", "/profiles/me/attributes/appearance?include=all", token: $0,
                    headers: ["Content-Type: application/merge-patch+json", "Content-Length: \(patch.utf8.count)"], body: patch)
            }.on.status == 200)

            // Both gateways sent the upstream the same requests: method, target, headers (names in
            // order, framing included) and the body's very bytes.
            let requests = pair.upstream.requests
            #expect(requests.count == 10)
            let expectedBodies = [json, json, chunks.joined(), chunks.joined(), "", "", "", "", patch, patch]
            for (index, request) in requests.enumerated() {
                #expect(request.body.map { String(decoding: $0, as: UTF8.self) } == expectedBodies[index])
            }
            for index in stride(from: 0, to: requests.count, by: 2) {
                let (on, off) = (requests[index], requests[index + 1])
                #expect(on.method == off.method)
                #expect(on.path == off.path)
                #expect(on.query == off.query)
                #expect(on.headers.map { $0.name.canonicalName } == off.headers.map { $0.name.canonicalName })
                for name in ["content-length", "transfer-encoding", "content-type", "authorization", "x-forwarded-host"] {
                    #expect(on.values(name) == off.values(name), "\(name)")
                }
                #expect(on.values("authorization") == ["Bearer service-token"])
            }
            #expect(requests[0].values("x-request-id") == ["dp-put-1"])
            #expect(requests[2].values("transfer-encoding") == ["chunked"])
            #expect(requests[6].values("content-length") == ["0"])
            #expect(requests[4].values("content-length") == [])
            #expect(DataPlanePair.dataPlaneAnswers(pair.onAdmin) == 5)
            #expect(DataPlanePair.dataPlaneAnswers(pair.offAdmin) == 0)
            #expect(DataPlanePair.accessLines(pair.onLog) == DataPlanePair.accessLines(pair.offLog))
        }
    }

    /// A body of many parts (4 MiB, declared and chunked) arrives whole, in order.
    @Test func largeBodiesArriveWhole() async throws {
        try await DataPlanePair.with { pair in
            let token = try await pair.token()
            let part = String((0..<65_536).map { Character(UnicodeScalar(UInt8(97 + $0 % 26))) })
            let parts = Array(repeating: part, count: 64)
            let whole = parts.joined()
            try await Self.both(pair, token: token) {
                Self.raw(
                    "PUT", "/profiles/me/lists/big", token: $0,
                    headers: ["Content-Type: application/json", "Content-Length: \(whole.utf8.count)"], body: whole)
            }
            try await Self.both(pair, token: token) {
                Self.raw(
                    "POST", "/profiles/me/lists/big", token: $0,
                    headers: ["Content-Type: application/json", "Transfer-Encoding: chunked"], body: Self.chunked(parts))
            }
            let requests = pair.upstream.requests
            #expect(requests.count == 4)
            let expected = PatternSHA.sha256(whole)
            #expect(requests.allSatisfy { $0.bodyLength == 1 << 22 && $0.bodySHA256 == expected })
            #expect(DataPlanePair.dataPlaneAnswers(pair.onAdmin) == 2)
        }
    }

    @Test func refusalsAndBodiesOverTheLimitEndAsTheRoutesDo() async throws {
        try await DataPlanePair.with(handler: Self.echo, configure: { $0.maxBody = 1024 }) { pair in
            let token = try await pair.token()
            let big = String(repeating: "x", count: 1000)
            // A declared length over the limit: the route's 413 (the data plane leaves it).
            let declared = try await Self.both(pair, token: token) {
                Self.raw(
                    "PUT", "/profiles/me/lists/big", token: $0,
                    headers: ["Content-Type: application/json", "Content-Length: 2000"], body: big + big)
            }
            #expect(declared.on.status == 413)
            #expect(declared.on.bodyText == #"{"message":"The request body is too large."}"#)
            #expect(DataPlanePair.dataPlaneAnswers(pair.onAdmin) == 0)
            // A chunked body that passes the limit mid-stream: 413 on both, nothing reaches the upstream.
            let streamed = try await Self.both(pair, token: token) {
                Self.raw(
                    "POST", "/profiles/me/lists/big", token: $0,
                    headers: ["Content-Type: application/json", "Transfer-Encoding: chunked"], body: Self.chunked([big, big]))
            }
            #expect(streamed.on.status == 413)
            #expect(streamed.on.bodyText == #"{"message":"The request body is too large."}"#)
            #expect(DataPlanePair.dataPlaneAnswers(pair.onAdmin) == 1)
            #expect(pair.upstream.requests.isEmpty)

            // What the policy and the media-type rule refuse is the route's, on both.
            #expect(try await Self.both(pair, token: token) { Self.raw("DELETE", "/profiles/me", token: $0) }.on.status == 403)
            let fields = #"{"tags":["vip"]}"#
            #expect(try await Self.both(pair, token: token) {
                Self.raw(
                    "PUT", "/profiles/me", token: $0,
                    headers: ["Content-Type: application/json", "Content-Length: \(fields.utf8.count)"], body: fields)
            }.on.status == 403)
            #expect(try await Self.both(pair, token: token) {
                Self.raw(
                    "POST", "/profiles/me/lists", token: $0,
                    headers: ["Content-Type: application/x-www-form-urlencoded", "Content-Length: 7"], body: "_method")
            }.on.status == 415)
            #expect(try await pair.both("/profiles/me/lists", method: "POST", headers: ["Content-Length: 0"]).on.status == 401)
            #expect(pair.upstream.requests.isEmpty)
            // `Expect: 100-continue` is Hummingbird's on both (no interim answer; the body follows anyway).
            let expecting = try await Self.both(pair, token: token) {
                Self.raw(
                    "POST", "/profiles/me/lists", token: $0,
                    headers: ["Content-Type: application/json", "Content-Length: 7", "Expect: 100-continue"], body: #"{"n":1}"#)
            }
            #expect(expecting.on.status == 200)
            #expect(pair.upstream.requests.count == 2)
            #expect(DataPlanePair.dataPlaneAnswers(pair.onAdmin) == 1)
            #expect(DataPlanePair.accessLines(pair.onLog) == DataPlanePair.accessLines(pair.offLog))
        }
    }

    /// A client that stops sending mid-body is ended by the body-stall deadline (408) on both
    /// paths, while other clients are served; its admission place is then free again.
    @Test func aClientThatStopsMidBodyIsTimedOutWhileOthersAreServed() async throws {
        try await DataPlanePair.with(handler: Self.echo, configure: { $0.maxConcurrentPerProfile = 1 }) { pair in
            let token = try await pair.token()
            let other = try await pair.token(for: "other-profile-7")
            let stalled: [Task<RawHTTP.Response, any Error>] = [(pair.on, token.on), (pair.off, token.off)].map { gateway, token in
                let partial = Self.raw(
                    "PUT", "/profiles/me/lists/stalled", token: token,
                    headers: ["Content-Type: application/json", "Content-Length: 100"], body: #"{"name":"#)
                return Task { try await RawHTTP.send(partial, port: gateway.port, timeout: 120) }
            }
            // Others are served meanwhile, reads and writes.
            #expect(try await pair.both("/profiles/me", token: other).on.status == 200)
            let body = #"{"n":1}"#
            #expect(try await Self.both(pair, token: other) {
                Self.raw(
                    "POST", "/profiles/me/lists", token: $0, headers: ["Content-Type: application/json", "Content-Length: 7"], body: body)
            }.on.status == 200)
            let (on, off) = (try await stalled[0].value, try await stalled[1].value)
            DataPlanePair.expectSame(on, off)
            #expect(on.status == 408)
            #expect(on.bodyText == #"{"message":"Request Timeout."}"#)
            // The stalled write's admission place (one per profile here) was given back.
            #expect(try await Self.both(pair, token: token) {
                Self.raw("DELETE", "/profiles/me/lists/stalled", token: $0)
            }.on.status == 200)
            #expect(pair.upstream.requests.filter { $0.method == "PUT" }.isEmpty)
        }
    }

    /// The upstream closes the connection while the body is still coming: 502 on both paths.
    @Test func anUpstreamFailingMidBodyIs502OnBothPaths() async throws {
        let upstream = try await ScriptedUpstream(group: MultiThreadedEventLoopGroup.singleton, closeAfterBodyBytes: 1000) { _ in
            .send("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")
        }
        try await DataPlanePair.with(upstreamURL: "http://127.0.0.1:\(upstream.port)/api/v3") { pair in
            let token = try await pair.token()
            let chunk = String(repeating: "y", count: 16_384)
            let failed = try await Self.both(pair, token: token) {
                Self.raw(
                    "POST", "/profiles/me/lists/items", token: $0,
                    headers: ["Content-Type: application/json", "Transfer-Encoding: chunked"],
                    body: Self.chunked(Array(repeating: chunk, count: 8)))
            }
            #expect(failed.on.status == 502)
            #expect(failed.on.bodyText == #"{"message":"Upstream unavailable."}"#)
            #expect(DataPlanePair.dataPlaneAnswers(pair.onAdmin) == 1)
        }
        await upstream.close()
    }
}

/// Hex SHA-256 of a string's UTF-8 bytes.
enum PatternSHA {
    static func sha256(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
