import AsyncHTTPClient
import Foundation
import HTTPTypes
import Logging
import Hummingbird
import NIOCore
import NIOHTTP1
import OmneoTestSupport
import OmneoIDConfiguration
import Synchronization
import Testing

/// The profile proxy against a recording upstream on a real port.
@Suite struct ProfileProxyTests {
    static let profileID = "0b7e9a4c-1d2f-4e5a-8b6c-7d8e9f0a1b2c"

    /// Runs `body` with a recording upstream and a gateway in front of it.
    func withProxy(
        handler: @escaping RecordingUpstream.Handler = RecordingUpstream.echo,
        configure: @escaping (inout OmneoIDSettings) -> Void = { _ in },
        _ body: (RecordingUpstream, GatewayHarness, String) async throws -> Void
    ) async throws {
        try await withAnsweringProxy(configure: configure, answer: { request, _ in try await handler(request) }, body)
    }

    /// Like `withProxy`, with a handler that is told the upstream's base URL.
    func withAnsweringProxy(
        configure: @escaping (inout OmneoIDSettings) -> Void = { _ in },
        answer: @escaping @Sendable (RecordedRequest, String) async throws -> Response,
        _ body: (RecordingUpstream, GatewayHarness, String) async throws -> Void
    ) async throws {
        let base = UpstreamBase()
        let upstream = try await RecordingUpstream { request in try await answer(request, base.url) }
        base.set(upstream.baseURL)
        let gateway = try await GatewayHarness(upstreamURL: upstream.baseURL, configure: configure)
        let token = try await gateway.token(for: Self.profileID)
        try await stopping(gateway, upstream) {
            try await body(upstream, gateway, token)
        }
    }

    func send(
        _ method: HTTPMethod, _ url: String, token: String?, headers: [(String, String)] = [], body: String? = nil
    ) async throws -> (status: UInt, headers: HTTPHeaders, body: String) {
        let answer = try await TestHTTP.send(method, url, token: token, headers: headers, body: body)
        return (answer.status, answer.headers, String(buffer: answer.body))
    }

    @Test(arguments: [HTTPMethod.GET, .HEAD, .POST, .PUT, .PATCH, .DELETE])
    func eachMethodIsForwardedToTheTokensProfile(method: HTTPMethod) async throws {
        try await withProxy { upstream, gateway, token in
            let body: String? = [.POST, .PUT, .PATCH].contains(method) ? #"{"quantity":2}"# : nil
            let response = try await send(
                method, "\(gateway.baseURL)/profiles/me/lists/wishlist/items/42?include=product", token: token, body: body)
            #expect(response.status == 200)
            let recorded = try #require(upstream.requests.first)
            #expect(upstream.requests.count == 1)
            #expect(recorded.method == method.rawValue)
            #expect(recorded.path == "/api/v3/profiles/\(Self.profileID)/lists/wishlist/items/42")
            #expect(recorded.query == "include=product")
            if let body {
                #expect(recorded.body == Data(body.utf8))
            } else {
                #expect(recorded.bodyLength == 0)
            }
        }
    }

    @Test func theProfileItselfAndTheRawQueryArePassedUnchanged() async throws {
        try await withProxy { upstream, gateway, token in
            let query = "filter%5Bhandle%5D=wish%20list&page%5Bsize%5D=5&sort=-created_at&q=a+b&x=%252e"
            let response = try await RawHTTP.send(
                "GET /id/api/v1/profiles/me?\(query) HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(token)\r\nConnection: close\r\n\r\n",
                port: gateway.port)
            #expect(response.status == 200)
            let recorded = try #require(upstream.requests.first)
            #expect(recorded.path == "/api/v3/profiles/\(Self.profileID)")
            #expect(recorded.query == query)
        }
    }

    @Test func rawBracketsInTheQueryArriveEscapedAsABrowserWouldSendThem() async throws {
        try await withProxy { upstream, gateway, token in
            let response = try await RawHTTP.send(
                "GET /id/api/v1/profiles/me/lists?filter[handle]=wishlist&page[size]=5 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(token)\r\nConnection: close\r\n\r\n",
                port: gateway.port)
            #expect(response.status == 200)
            #expect(upstream.requests.first?.query == "filter%5Bhandle%5D=wishlist&page%5Bsize%5D=5")
        }
    }

    @Test func emptySegmentsAreDroppedNotRejected() async throws {
        try await withProxy { upstream, gateway, token in
            let response = try await RawHTTP.send(
                "GET /id/api/v1//profiles/me//identities HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(token)\r\nConnection: close\r\n\r\n",
                port: gateway.port)
            #expect(response.status == 200)
            #expect(upstream.requests.map(\.path) == ["/api/v3/profiles/\(Self.profileID)/identities"])
        }
    }

    @Test func doubleEncodedDotsAreForwardedLiterallyNeverDecodedTwice() async throws {
        try await withProxy { upstream, gateway, token in
            let response = try await RawHTTP.send(
                "GET /id/api/v1/profiles/me/lists/%252e%252e/items HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(token)\r\nConnection: close\r\n\r\n",
                port: gateway.port)
            #expect(response.status == 200)
            #expect(upstream.requests.map(\.path) == ["/api/v3/profiles/\(Self.profileID)/lists/%252e%252e/items"])
        }
    }

    static let hostileTargets = [
        "/id/api/v1/profiles/me/..",
        "/id/api/v1/profiles/me/../other-profile",
        "/id/api/v1/profiles/me/lists/../../x",
        "/id/api/v1/profiles/me/%2e%2e/x",
        "/id/api/v1/profiles/me/%2E%2E/x",
        "/id/api/v1/profiles/me/.%2e/x",
        "/id/api/v1/profiles/me/%2e./x",
        "/id/api/v1/profiles/me/./lists",
        "/id/api/v1/profiles/me/%2e/lists",
        "/id/api/v1/profiles/me/..%2fother",
        "/id/api/v1/profiles/me/lists%2f..%2fx",
        "/id/api/v1/profiles/me/lists%2F..",
        "/id/api/v1/profiles/me/lists%5c..%5cx",
        "/id/api/v1/profiles/me/lists\\..\\x",
        "/id/api/v1/profiles/me/lists%00",
        "/id/api/v1/profiles/me/lists%0d%0aX-Injected:%20yes",
        "/id/api/v1/profiles/me/%c0%af",
        "/id/api/v1/profiles/me/%ff",
        "/id/api/v1/profiles/me/%zz",
        "/id/api/v1/profiles/me/%2",
        "http://evil.example/id/api/v1/profiles/me",
        "http://127.0.0.1/id/api/v1/profiles/me/../x",
    ]

    @Test(arguments: hostileTargets)
    func hostilePathsAreRejectedAndNothingGoesUpstream(target: String) async throws {
        try await withProxy { upstream, gateway, token in
            let response = try await RawHTTP.send(
                "GET \(target) HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(token)\r\nConnection: close\r\n\r\n",
                port: gateway.port)
            #expect(response.status == 400, "\(target) → \(response.status)")
            #expect(upstream.requests.isEmpty, "\(target) reached the upstream")
            if response.status == 400 {
                #expect(response.header("content-type") == "application/json")
                #expect(response.bodyText.contains("\"message\""))
            }
        }
    }

    @Test func noTokenOrABadTokenIs401BeforeAnyUpstreamCall() async throws {
        try await withProxy { upstream, gateway, token in
            for presented in [nil, "not-a-jwt", token + "x", String(token.dropLast(3))] {
                let response = try await send(.GET, "\(gateway.baseURL)/profiles/me", token: presented)
                #expect(response.status == 401)
                #expect(response.body == #"{"message":"Unauthenticated."}"#)
            }
            #expect(upstream.requests.isEmpty)
        }
    }

    @Test func anAnonymousTokenIs404BeforeAnyUpstreamCall() async throws {
        try await withProxy { upstream, gateway, _ in
            let anonymous = try await gateway.anonymousToken()
            let response = try await send(.GET, "\(gateway.baseURL)/profiles/me/lists", token: anonymous)
            #expect(response.status == 404)
            #expect(response.body == #"{"message":"Not Found."}"#)
            #expect(upstream.requests.isEmpty)
        }
    }

    @Test func traceAndConnectAre405() async throws {
        try await withProxy { upstream, gateway, token in
            for method in ["TRACE", "CONNECT"] {
                let response = try await RawHTTP.send(
                    "\(method) /id/api/v1/profiles/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(token)\r\nConnection: close\r\n\r\n",
                    port: gateway.port)
                #expect(response.status == 405 || response.status == 400, "\(method) → \(response.status)")
            }
            let trace = try await RawHTTP.send(
                "TRACE /id/api/v1/profiles/me HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", port: gateway.port)
            #expect(trace.status == 405)
            #expect(upstream.requests.isEmpty)
        }
    }

    @Test func clientCredentialsAndProxyHeadersNeverGoUpstream() async throws {
        try await withProxy { upstream, gateway, token in
            let request =
                "GET /id/api/v1/profiles/me HTTP/1.1\r\nHost: shop.example.com\r\nAuthorization: Bearer \(token)\r\n"
                + "Cookie: session=secret\r\nForwarded: for=1.2.3.4\r\nX-Forwarded-For: 6.6.6.6\r\n"
                + "X-Forwarded-Host: evil.example\r\nX-Forwarded-Proto: https\r\nConnection: close, X-Secret-Hop\r\n"
                + "X-Secret-Hop: 1\r\nKeep-Alive: timeout=5\r\nProxy-Authorization: Basic abc\r\nUpgrade: websocket\r\n"
                + "Accept: application/json\r\nX-Custom: kept\r\nX-Request-Id: req-123.abc_DEF\r\n"
                + "traceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\r\n\r\n"
            let response = try await RawHTTP.send(request, port: gateway.port)
            #expect(response.status == 200)
            let recorded = try #require(upstream.requests.first)
            #expect(recorded.values("Authorization") == ["Bearer service-token"])
            #expect(recorded.values("Cookie").isEmpty)
            #expect(recorded.values("Forwarded").isEmpty)
            #expect(recorded.values("X-Forwarded-For") == ["127.0.0.1"])
            #expect(recorded.values("X-Forwarded-Proto") == ["http"])
            #expect(recorded.values("X-Forwarded-Host") == ["shop.example.com"])
            #expect(recorded.values("X-Secret-Hop").isEmpty)
            #expect(recorded.values("Keep-Alive").isEmpty)
            #expect(recorded.values("Proxy-Authorization").isEmpty)
            #expect(recorded.values("Upgrade").isEmpty)
            #expect(recorded.values("Accept") == ["application/json"])
            #expect(recorded.values("X-Custom") == ["kept"])
            #expect(recorded.values("X-Request-Id") == ["req-123.abc_DEF"])
            #expect(response.header("x-request-id") == "req-123.abc_DEF")
            let traceparent = try #require(recorded.values("traceparent").first)
            #expect(traceparent.hasPrefix("00-4bf92f3577b34da6a3ce929d0e0e4736-"))
            #expect(!traceparent.contains("00f067aa0ba902b7"))
        }
    }

    @Test func aTrustedProxysForwardedForIsBelievedAndExtended() async throws {
        try await withProxy(configure: { $0.trustedProxies = [.init("127.0.0.0/8")!] }) { upstream, gateway, token in
            _ = try await send(
                .GET, "\(gateway.baseURL)/profiles/me", token: token,
                headers: [("X-Forwarded-For", "203.0.113.7"), ("X-Forwarded-Proto", "https")])
            let recorded = try #require(upstream.requests.first)
            #expect(recorded.values("X-Forwarded-For") == ["203.0.113.7, 127.0.0.1"])
            #expect(recorded.values("X-Forwarded-Proto") == ["https"])
        }
    }

    @Test func aMalformedRequestIdIsReplaced() async throws {
        try await withProxy { upstream, gateway, token in
            let response = try await send(
                .GET, "\(gateway.baseURL)/profiles/me", token: token, headers: [("X-Request-Id", "bad id with spaces")])
            let sent = try #require(upstream.requests.first?.values("X-Request-Id").first)
            #expect(sent != "bad id with spaces")
            #expect(sent.count == 32)
            #expect(response.headers["X-Request-Id"] == [sent])
        }
    }

    @Test func responseHeadersAreCleaned() async throws {
        let handler: RecordingUpstream.Handler = { _ in
            var headers: HTTPFields = [
                .contentType: "application/json", .setCookie: "upstream=1", .connection: "X-Hop-Out",
            ]
            headers[HTTPField.Name("X-Hop-Out")!] = "1"
            headers[HTTPField.Name("X-Upstream")!] = "kept"
            headers[HTTPField.Name("Keep-Alive")!] = "timeout=5"
            return Response(status: .created, headers: headers, body: .init(byteBuffer: ByteBuffer(string: "{}")))
        }
        try await withProxy(handler: handler) { _, gateway, token in
            let response = try await send(.POST, "\(gateway.baseURL)/profiles/me/lists", token: token, body: "{}")
            #expect(response.status == 201)
            #expect(response.headers["Set-Cookie"].isEmpty)
            #expect(response.headers["X-Hop-Out"].isEmpty)
            #expect(response.headers["Keep-Alive"].isEmpty)
            // Not on the allow-list of returned headers (contract of issue 13: answers are an allow-list).
            #expect(response.headers["X-Upstream"].isEmpty)
            #expect(response.headers["X-Request-Id"].count == 1)
            #expect(response.body == "{}")
        }
    }

    @Test func duplicateAuthorizationIs400() async throws {
        try await withProxy { upstream, gateway, token in
            let response = try await RawHTTP.send(
                "GET /id/api/v1/profiles/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(token)\r\nAuthorization: Bearer \(token)\r\nConnection: close\r\n\r\n",
                port: gateway.port)
            #expect(response.status == 400)
            #expect(upstream.requests.isEmpty)
        }
    }

    @Test func contentLengthWithTransferEncodingIs400() async throws {
        try await withProxy { upstream, gateway, token in
            let response = try await RawHTTP.send(
                "POST /id/api/v1/profiles/me/lists HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(token)\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
                port: gateway.port)
            #expect(response.status == 400)
            #expect(upstream.requests.isEmpty)
        }
    }

    @Test func anUnreachableUpstreamIs502() async throws {
        let gateway = try await GatewayHarness(upstreamURL: "http://127.0.0.1:9/api/v3")
        let token = try await gateway.token(for: Self.profileID)
        let response = try await send(.GET, "\(gateway.baseURL)/profiles/me", token: token)
        await gateway.stop()
        #expect(response.status == 502)
        #expect(response.body == #"{"message":"Upstream unavailable."}"#)
    }

    @Test func aSlowUpstreamIs504() async throws {
        let handler: RecordingUpstream.Handler = { request in
            try await Task.sleep(for: .seconds(3))
            return try await RecordingUpstream.echo(request)
        }
        try await withProxy(handler: handler, configure: { $0.upstreamTimeout = 0.5 }) { _, gateway, token in
            let response = try await send(.GET, "\(gateway.baseURL)/profiles/me", token: token)
            #expect(response.status == 504)
            #expect(response.body.contains("\"message\""))
        }
    }

    @Test func aDeclaredBodyOverTheLimitIs413() async throws {
        try await withProxy(configure: { $0.maxBody = 1024 }) { upstream, gateway, token in
            let response = try await send(
                .POST, "\(gateway.baseURL)/profiles/me/lists", token: token, body: String(repeating: "x", count: 2048))
            #expect(response.status == 413)
            #expect(upstream.requests.isEmpty)
        }
    }

    @Test func aChunkedBodyOverTheLimitIs413() async throws {
        try await withProxy(configure: { $0.maxBody = 100_000 }) { _, gateway, token in
            var request = HTTPClientRequest(url: "\(gateway.baseURL)/profiles/me/lists")
            request.method = .POST
            request.headers.add(name: "Authorization", value: "Bearer \(token)")
            request.body = .stream(PatternBody(count: 1_000_000), length: .unknown)
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(120))
            #expect(response.status.code == 413)
        }
    }

    @Test func fiftyMebibytesGoUpAndComeDownIntact() async throws {
        let size = 50 * 1024 * 1024
        let handler: RecordingUpstream.Handler = { request in
            if request.method == "GET" {
                return Response(
                    status: .ok, headers: [.contentType: "application/octet-stream", .contentLength: String(size)],
                    body: ResponseBody(asyncSequence: PatternBody(count: size)))
            }
            let body = #"{"length":\#(request.bodyLength),"sha256":"\#(request.bodySHA256)"}"#
            return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: body)))
        }
        // `/attachments` is not writable under the default profile policy; `open` forwards it.
        try await withProxy(handler: handler, configure: { $0.maxBody = 64 * 1024 * 1024; $0.profilePolicy = .open }) {
            _, gateway, token in
            var upload = HTTPClientRequest(url: "\(gateway.baseURL)/profiles/me/attachments")
            upload.method = .PUT
            upload.headers.add(name: "Authorization", value: "Bearer \(token)")
            upload.body = .stream(PatternBody(count: size), length: .known(Int64(size)))
            let uploaded = try await HTTPClient.shared.execute(upload, timeout: .seconds(120))
            let answer = String(buffer: try await uploaded.body.collect(upTo: 1 << 16))
            let expected = PatternBody.sha256(count: size)
            #expect(answer == #"{"length":\#(size),"sha256":"\#(expected)"}"#)

            var download = HTTPClientRequest(url: "\(gateway.baseURL)/profiles/me/attachments")
            download.headers.add(name: "Authorization", value: "Bearer \(token)")
            let downloaded = try await HTTPClient.shared.execute(download, timeout: .seconds(120))
            var hasher = SHA256Stream()
            for try await buffer in downloaded.body { hasher.update(buffer) }
            #expect(hasher.count == size)
            #expect(hasher.hex == expected)
        }
    }

    /// An upstream that answers before reading the upload (here: never reads it). The
    /// gateway must not let the HTTP client and Hummingbird read the client's body at once
    /// (that was an intermittent crash); every answer arrives, and the gateway keeps serving.
    @Test func anUpstreamThatAnswersBeforeReadingTheUploadIsRelayed() async throws {
        let early = try await ServerTask { onRunning in
            let router = Router()
            router.on("/**", method: .post) { _, _ -> Response in
                Response(
                    status: .created, headers: [.contentType: "application/json"],
                    body: .init(byteBuffer: ByteBuffer(string: #"{"early":true}"#)))
            }
            return Application(
                router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0), serverName: nil),
                onServerRunning: { await onRunning($0.localAddress?.port ?? 0) },
                logger: Logger(label: "early-upstream", factory: { _ in SwiftLogNoOpLogHandler() }))
        }
        let gateway = try await GatewayHarness(
            upstreamURL: "http://127.0.0.1:\(early.port)/api/v3",
            configure: { $0.maxBody = 64 * 1024 * 1024; $0.profilePolicy = .open })
        let token = try await gateway.token(for: Self.profileID)
        let statuses = try await withThrowingTaskGroup(of: UInt.self) { group in
            for index in 0..<20 {
                group.addTask {
                    var upload = HTTPClientRequest(url: "\(gateway.baseURL)/profiles/me/attachments")
                    upload.method = .POST
                    upload.headers.add(name: "Authorization", value: "Bearer \(token)")
                    let size = index.isMultiple(of: 2) ? 4 * 1024 * 1024 : 2
                    upload.body = .stream(PatternBody(count: size), length: .known(Int64(size)))
                    do {
                        let response = try await HTTPClient.shared.execute(upload, timeout: .seconds(60))
                        _ = try await response.body.collect(upTo: 1 << 16)
                        return response.status.code
                    } catch {
                        // The gateway may close the connection once it has answered (the
                        // upload is abandoned); the client can see that as an error.
                        return 0
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(statuses.contains(201))
        #expect(statuses.allSatisfy { $0 == 201 || $0 == 0 })
        // Still serving.
        let after = try await send(.GET, "\(gateway.baseURL)/locations", token: token)
        #expect(after.status != 0)
        await gateway.stop()
        await early.stop()
    }
}

/// The upstream's base URL, known once it listens, for handlers that answer with upstream URLs.
final class UpstreamBase: Sendable {
    private let value = Mutex("")
    var url: String { value.withLock { $0 } }
    func set(_ url: String) { value.withLock { $0 = url } }
}
