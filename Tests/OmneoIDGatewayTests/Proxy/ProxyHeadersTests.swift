import AsyncHTTPClient
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NIOHTTP1
import OmneoIDConfiguration
import OmneoTestSupport
import Testing

/// Headers in (what never reaches the upstream) and answers out (what never reaches the client).
extension ProfileProxyTests {
    static let neverForwarded = [
        "X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override", "X-Real-IP", "True-Client-IP", "CF-Connecting-IP",
        "X-Client-IP", "X-Original-URL", "X-Rewrite-URL",
    ]

    @Test(arguments: neverForwarded)
    func aMethodOverrideOrAddressHeaderNeverReachesTheUpstream(name: String) async throws {
        try await withProxy(configure: { $0.profilePolicy = .open }) { upstream, gateway, token in
            let value = name.hasSuffix("URL") ? "/api/v3/profiles/other" : name.contains("Method") ? "DELETE" : "6.6.6.6"
            let response = try await send(
                .POST, "\(gateway.baseURL)/profiles/me/lists", token: token,
                headers: [(name, value), ("Content-Type", "application/json")], body: "{}")
            #expect(response.status == 200)
            let recorded = try #require(upstream.requests.first)
            #expect(recorded.values(name).isEmpty, "\(name) was forwarded")
            #expect(recorded.method == "POST")
        }
    }

    @Test func twoHostHeadersAre400AndNothingGoesUpstream() async throws {
        try await withProxy { upstream, gateway, token in
            let response = try await RawHTTP.send(
                "GET /id/api/v1/profiles/me HTTP/1.1\r\nHost: shop.example\r\nHost: internal.example\r\n"
                    + "Authorization: Bearer \(token)\r\nConnection: close\r\n\r\n",
                port: gateway.port)
            #expect(response.status == 400)
            #expect(response.bodyText == #"{"message":"Only one Host header is allowed."}"#)
            #expect(upstream.requests.isEmpty)
            let one = try await RawHTTP.send(
                "GET /id/api/v1/profiles/me HTTP/1.1\r\nHost: shop.example\r\nAuthorization: Bearer \(token)\r\nConnection: close\r\n\r\n",
                port: gateway.port)
            #expect(one.status == 200)
        }
    }

    @Test func anUpstream5xxBodyIsReplacedAndItsStatusKept() async throws {
        let handler: RecordingUpstream.Handler = { request in
            // A Laravel app with debug on echoes the request, service token included.
            let leak = #"{"message":"Server Error","headers":{"authorization":"\#(request.values("Authorization").first ?? "")"}}"#
            return Response(
                status: request.path.hasSuffix("/busy") ? .serviceUnavailable : .internalServerError,
                headers: [.contentType: "application/json", .retryAfter: "7", HTTPField.Name("X-Debug-Token")!: "abc"],
                body: .init(byteBuffer: ByteBuffer(string: leak)))
        }
        try await withProxy(handler: handler) { _, gateway, token in
            let failed = try await send(.GET, "\(gateway.baseURL)/profiles/me", token: token)
            #expect(failed.status == 500)
            #expect(failed.body == #"{"message":"Upstream error."}"#)
            #expect(!failed.body.contains("service-token"))
            #expect(failed.headers["X-Debug-Token"].isEmpty)
            #expect(failed.headers["Content-Type"].first?.hasPrefix("application/json") == true)
            let busy = try await send(.GET, "\(gateway.baseURL)/profiles/me/busy", token: token)
            #expect(busy.status == 503)
            #expect(busy.headers["Retry-After"] == ["7"])
            #expect(busy.body == #"{"message":"Upstream error."}"#)
            let head = try await send(.HEAD, "\(gateway.baseURL)/profiles/me", token: token)
            #expect(head.status == 500)
            #expect(head.body.isEmpty)
        }
    }

    @Test func onlyAllowListedResponseHeadersComeBack() async throws {
        let kept: [(String, String)] = [
            ("Content-Type", "application/json"), ("Cache-Control", "private, max-age=60"), ("ETag", "\"v1\""),
            ("Last-Modified", "Wed, 21 Oct 2015 07:28:00 GMT"), ("Vary", "Accept"), ("Retry-After", "3"),
            ("Link", "<https://example.com/x>; rel=\"help\""), ("X-RateLimit-Limit", "60"), ("X-RateLimit-Remaining", "59"),
        ]
        let dropped: [(String, String)] = [
            ("Server", "Apache/2.4.1"), ("X-Powered-By", "PHP/8.1"), ("X-Debug-Token", "abc"), ("Via", "1.1 internal-lb"),
            ("Set-Cookie", "laravel_session=x"), ("X-Upstream", "internal"), ("Access-Control-Allow-Origin", "*"),
            ("Location", "http://10.0.0.5/elsewhere"), ("Content-Location", "http://10.0.0.5/x"),
        ]
        let handler: RecordingUpstream.Handler = { _ in
            var headers = HTTPFields()
            for (name, value) in kept + dropped { headers.append(HTTPField(name: HTTPField.Name(name)!, value: value)) }
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: "{}")))
        }
        try await withProxy(handler: handler) { _, gateway, token in
            let response = try await send(.GET, "\(gateway.baseURL)/profiles/me", token: token)
            #expect(response.status == 200)
            for (name, value) in kept { #expect(response.headers[name] == [value], "\(name)") }
            for (name, _) in dropped { #expect(response.headers[name].isEmpty, "\(name) came back") }
            #expect(response.headers["X-Request-Id"].count == 1)
        }
    }

    @Test func aLocationAtTheUpstreamIsRewrittenToTheGateway() async throws {
        try await withAnsweringProxy(answer: { request, base in
            let location = request.path.hasSuffix("/lists")
                ? "\(base)/profiles/\(ProfileProxyTests.profileID)/lists/9" : "\(base)/profiles/someone-else"
            return Response(
                status: .created, headers: [.contentType: "application/json", .location: location],
                body: .init(byteBuffer: ByteBuffer(string: "{}")))
        }) { _, gateway, token in
            let created = try await send(.POST, "\(gateway.baseURL)/profiles/me/lists", token: token, body: "{}")
            #expect(created.status == 201)
            #expect(created.headers["Location"] == ["http://127.0.0.1:\(gateway.port)/id/api/v1/profiles/me/lists/9"])
            let other = try await send(.POST, "\(gateway.baseURL)/profiles/me/addresses", token: token, body: "{}")
            #expect(other.status == 201)
            #expect(other.headers["Location"].isEmpty)
        }
    }

    @Test func linkHeaderURIsAtTheUpstreamAreRewrittenOrDropped() async throws {
        try await withAnsweringProxy(configure: { $0.publicURL = "https://id.shop.example" }, answer: { _, base in
            let link = "<\(base)/profiles/\(ProfileProxyTests.profileID)/lists?page=2>; rel=\"next\", "
                + "<\(base)/profiles/someone-else>; rel=\"related\", <https://docs.example/help>; rel=\"help\""
            return Response(
                status: .ok, headers: [.contentType: "application/json", HTTPField.Name("Link")!: link],
                body: .init(byteBuffer: ByteBuffer(string: "{}")))
        }) { _, gateway, token in
            let response = try await send(.GET, "\(gateway.baseURL)/profiles/me/lists", token: token)
            #expect(response.headers["Link"] == [
                "<https://id.shop.example/id/api/v1/profiles/me/lists?page=2>; rel=\"next\", <https://docs.example/help>; rel=\"help\""
            ])
        }
    }

    /// Laravel's paginator, slashes escaped as PHP's `json_encode` does.
    static func page(_ base: String, profile: String) -> String {
        let escaped = base.replacingOccurrences(of: "/", with: "\\/")
        return #"{"data":[{"id":1,"url":"https:\/\/cdn.example\/a.png"}],"links":{"first":"\#(escaped)\/profiles\/\#(profile)\/lists?page=1","#
            + #""last":"\#(escaped)\/profiles\/\#(profile)\/lists?page=3","prev":null,"next":"\#(base)/profiles/\#(profile)/lists?page=2"},"#
            + #""meta":{"current_page":1,"path":"\#(escaped)\/profiles\/\#(profile)\/lists","#
            + #""other":"\#(escaped)\/profiles\/someone-else","total":3,"price":1.10}}"#
    }

    @Test func jsonLinksAtTheUpstreamBaseBecomeTheGatewaysPublicURL() async throws {
        let answer: @Sendable (RecordedRequest, String) -> Response = { _, base in
            let body = ProfileProxyTests.page(base, profile: ProfileProxyTests.profileID)
            return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: body)))
        }
        try await withAnsweringProxy(configure: { $0.publicURL = "https://id.shop.example" }, answer: answer) {
            upstream, gateway, token in
            let response = try await send(.GET, "\(gateway.baseURL)/profiles/me/lists", token: token)
            #expect(response.status == 200)
            let me = "https://id.shop.example/id/api/v1/profiles/me"
            #expect(response.body.contains(#""first":"\#(me)/lists?page=1""#))
            #expect(response.body.contains(#""last":"\#(me)/lists?page=3""#))
            #expect(response.body.contains(#""next":"\#(me)/lists?page=2""#))
            #expect(response.body.contains(#""path":"\#(me)/lists""#))
            #expect(response.body.contains(#""other":null"#))
            #expect(!response.body.contains("127.0.0.1"))
            // Everything else is byte for byte the upstream's.
            #expect(response.body.contains(#""url":"https:\/\/cdn.example\/a.png""#))
            #expect(response.body.contains(#""price":1.10"#))
            #expect(response.headers["Content-Length"] == [String(response.body.utf8.count)])
            #expect(upstream.requests.count == 1)
        }
    }

    @Test func withoutAPublicURLLinksUseTheRequestsOriginThroughTrustedProxies() async throws {
        let answer: @Sendable (RecordedRequest, String) -> Response = { _, base in
            let body = ProfileProxyTests.page(base, profile: ProfileProxyTests.profileID)
            return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: body)))
        }
        try await withAnsweringProxy(configure: { $0.trustedProxies = [.init("127.0.0.0/8")!] }, answer: answer) {
            _, gateway, token in
            let response = try await send(
                .GET, "\(gateway.baseURL)/profiles/me/lists", token: token,
                headers: [("X-Forwarded-Proto", "https"), ("X-Forwarded-Host", "shop.example")])
            #expect(response.body.contains(#""next":"https://shop.example/id/api/v1/profiles/me/lists?page=2""#))
            #expect(!response.body.contains("127.0.0.1"))
        }
    }

    /// Over the rewrite limit (1 MiB) the body streams through as it is, declared or chunked;
    /// under it, a chunked body is rewritten as well.
    @Test(arguments: ["big", "big-chunked", "small-chunked"])
    func rewritingIsBoundedAndLargerBodiesStreamUnchanged(kind: String) async throws {
        let pad = kind.hasPrefix("big") ? 3 * 1024 * 1024 : 100
        let answer: @Sendable (RecordedRequest, String) -> Response = { _, base in
            let head = #"{"links":{"next":"\#(base)/profiles/\#(ProfileProxyTests.profileID)/lists"},"pad":""#
            let tail = String(repeating: "a", count: pad) + "\"}"
            var headers: HTTPFields = [.contentType: "application/json"]
            if !kind.hasSuffix("chunked") { headers[.contentLength] = String(head.utf8.count + tail.utf8.count) }
            return Response(
                status: .ok, headers: headers,
                body: ResponseBody { writer in
                    try await writer.write(ByteBuffer(string: head))
                    try await writer.write(ByteBuffer(string: tail))
                    try await writer.finish(nil)
                })
        }
        try await withAnsweringProxy(configure: { $0.publicURL = "https://id.shop.example" }, answer: answer) {
            _, gateway, token in
            let response = try await send(.GET, "\(gateway.baseURL)/profiles/me/lists", token: token)
            #expect(response.status == 200)
            #expect(response.body.hasSuffix(String(repeating: "a", count: pad) + "\"}"))
            let rewritten = response.body.contains(#""next":"https://id.shop.example/id/api/v1/profiles/me/lists""#)
            #expect(rewritten == (kind == "small-chunked"))
        }
    }
}
