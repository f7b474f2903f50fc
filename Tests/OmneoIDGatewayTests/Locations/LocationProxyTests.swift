import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import OmneoIDConfiguration
import OmneoModels
import OmneoTestSupport
import Testing

/// `/locations` through the gateway against the real sandbox: the answers are the sandbox's own.
@Suite struct LocationProxyTests {
    /// Runs `body` with a seeded sandbox and a gateway in front of it.
    func withGateway(
        configure: @escaping (inout OmneoIDSettings) -> Void = { _ in },
        _ body: (SandboxHarness, GatewayHarness, String) async throws -> Void
    ) async throws {
        let sandbox = try await SandboxHarness()
        let gateway = try await GatewayHarness(
            upstreamURL: sandbox.baseURL, upstreamToken: sandbox.apiToken, configure: configure)
        let token = try await gateway.anonymousToken()
        try await stopping(gateway, sandbox) {
            try await body(sandbox, gateway, token)
        }
    }

    static func get(_ url: String, token: String?) async throws -> (status: UInt, headers: HTTPHeaders, body: Data) {
        let answer = try await TestHTTP.send(.GET, url, token: token)
        return (answer.status, answer.headers, Data(answer.body.readableBytesView))
    }

    /// Every query is sent to both; the gateway's body must be the sandbox's, byte for byte
    /// (`links` and `meta.path` included: both name the sandbox, the gateway passes them through).
    static let queries = [
        "",
        "?filter[is_published]=1&filter[is_permanently_closed]=0",
        "?filter%5Bis_published%5D=1&filter%5Bis_permanently_closed%5D=0",
        "?filter[is_published]=true&filter%5Bis_permanently_closed%5D=false&per_page=100",
        "?filter[type]=outlet",
        "?filter%5Bname%5D=dfo",
        "?page[size]=5&page[number]=2",
        "?page%5Bsize%5D=5&page%5Bnumber%5D=3",
        "?per_page=4&page=2",
        "?sort=-name&filter[type]=store&page[size]=5",
        "?sort=name",
        "?filter%5Bis_published%5D=yes",
        "/1",
        "/23",
        "/999999",
        "/abc",
    ]

    @Test(arguments: queries)
    func theGatewayAnswersWhatTheSandboxAnswers(suffix: String) async throws {
        try await withGateway { sandbox, gateway, token in
            // AsyncHTTPClient would re-encode raw brackets; send the same target to both.
            let upstreamSuffix = suffix.replacingOccurrences(of: "[", with: "%5B").replacingOccurrences(
                of: "]", with: "%5D")
            let direct = try await sandbox.request(.GET, "/locations" + upstreamSuffix)
            let raw = try await RawHTTP.locations("/id/api/v1/locations\(suffix)", token: token, port: gateway.port)
            #expect(raw.status == direct.status)
            #expect(raw.bodyText == direct.text)
            #expect(raw.header("content-type") == direct.header("content-type"))
        }
    }

    @Test func filtersListOnlyOpenPublishedStoresRawOrEncoded() async throws {
        try await withGateway { sandbox, gateway, token in
            let all = try await sandbox.request(.GET, "/locations?per_page=100").decode(PageEnvelope<Location>.self)
                .data
            let expected = all.filter { $0.isPublished && !$0.isPermanentlyClosed }.map(\.id)
            #expect(!expected.isEmpty && expected.count < all.count)
            for query in [
                "filter[is_published]=1&filter[is_permanently_closed]=0&per_page=100",
                "filter%5Bis_published%5D=1&filter%5Bis_permanently_closed%5D=0&per_page=100",
            ] {
                let response = try await RawHTTP.locations(
                    "/id/api/v1/locations?\(query)", token: token, port: gateway.port)
                #expect(response.status == 200)
                let page = try JSONDecoder().decode(PageEnvelope<Location>.self, from: response.body)
                #expect(page.data.map(\.id) == expected, "\(query)")
            }
        }
    }

    @Test func readsOneLocationAndPassesUnknownOnesThrough() async throws {
        try await withGateway { sandbox, gateway, token in
            let direct = try await sandbox.request(.GET, "/locations/3").decode(DataEnvelope<Location>.self)
            let response = try await Self.get("\(gateway.baseURL)/locations/3", token: token)
            #expect(response.status == 200)
            #expect(try JSONDecoder().decode(DataEnvelope<Location>.self, from: response.body).data == direct.data)

            let missing = try await Self.get("\(gateway.baseURL)/locations/424242", token: token)
            #expect(missing.status == 404)
            #expect(try JSONDecoder().decode(ErrorBody.self, from: missing.body).message == "Not Found.")
            #expect(missing.headers["etag"].isEmpty)
        }
    }

    @Test func extraSegmentsAreNotFound() async throws {
        try await withGateway { _, gateway, token in
            for path in ["/locations/1/extra", "/locations/1/extra/more"] {
                let response = try await Self.get(gateway.baseURL + path, token: token)
                #expect(response.status == 404, "\(path)")
            }
        }
    }

    @Test func aTokenIsRequiredByDefault() async throws {
        try await withGateway { _, gateway, _ in
            for header in [nil, "Bearer not-a-token"] as [String?] {
                var request = HTTPClientRequest(url: "\(gateway.baseURL)/locations")
                if let header { request.headers.add(name: "Authorization", value: header) }
                let response = try await HTTPClient.shared.execute(request, timeout: .seconds(120))
                let body = try await response.body.collect(upTo: 1 << 16)
                #expect(response.status.code == 401)
                #expect(String(buffer: body) == #"{"message":"Unauthenticated."}"#)
            }
        }
    }

    @Test func aProfileTokenWorksToo() async throws {
        try await withGateway { _, gateway, _ in
            let token = try await gateway.token(for: "0b7e9a4c-1d2f-4e5a-8b6c-7d8e9f0a1b2c")
            let status1 = try await Self.get("\(gateway.baseURL)/locations/1", token: token).status
            #expect(status1 == 200)
        }
    }

    @Test func publicLocationsNeedNoToken() async throws {
        try await withGateway(configure: { $0.locationsPublic = true }) { sandbox, gateway, _ in
            let response = try await Self.get("\(gateway.baseURL)/locations?page%5Bsize%5D=3", token: nil)
            #expect(response.status == 200)
            let direct = try await sandbox.request(.GET, "/locations?page%5Bsize%5D=3")
            #expect(response.body == direct.body)
        }
    }
}

extension RawHTTP {
    /// `method target` with the token (and extra `Name: value` header lines), read to the end.
    static func locations(
        _ target: String, method: String = "GET", token: String, headers: [String] = [], port: Int
    ) async throws -> Response {
        let lines = (["Host: x", "Authorization: Bearer \(token)"] + headers + ["Connection: close"])
            .map { $0 + "\r\n" }.joined()
        return try await send("\(method) \(target) HTTP/1.1\r\n\(lines)\r\n", port: port)
    }
}
