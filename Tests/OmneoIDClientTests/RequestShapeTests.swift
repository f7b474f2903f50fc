import Foundation
import OmneoModels
import Testing

@testable import OmneoIDClient

/// What goes on the wire, checked with a recording transport: paths, queries, headers, bodies.
@Suite struct RequestShapeTests {
    static let base = URL(string: "https://id.example.com/id/api/v1/")!

    static func client(_ transport: RecordingTransport, token: String = "t1") -> OmneoIDClient {
        OmneoIDClient(
            baseURL: base, token: IDToken(token: token, expiresAt: .distantFuture), transport: transport
        ) { IDToken(token: "t2", expiresAt: .distantFuture) }
    }

    @Test(arguments: ["..", ".", "a/../b", "lists/../../auth/token", "a\\b", "a\u{0}b", "tab\there"])
    func dotSegmentsAndControlCharactersAreRefusedBeforeSending(path: String) async throws {
        let transport = RecordingTransport()
        let error = await omneoError { try await Self.client(transport).me.send(method: .get, path: path) }
        guard case .invalidRequest? = error else {
            Issue.record("expected invalidRequest for \(path.debugDescription), got \(String(describing: error))")
            return
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func typedCallsRefuseDotHandlesToo() async throws {
        let transport = RecordingTransport()
        let client = Self.client(transport)
        for error in [
            await omneoError { _ = try await client.me.list(".." as ListKey) },
            await omneoError { _ = try await client.me.identity(.handle("a/b")) },
            await omneoError { _ = try await client.me.items(in: ".") },
        ] {
            guard case .invalidRequest? = error else {
                Issue.record("expected invalidRequest, got \(String(describing: error))")
                continue
            }
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func segmentsArePercentEncoded() async throws {
        let transport = RecordingTransport()
        let client = Self.client(transport)
        try await client.me.send(method: .get, segments: ["lists", "a b", "%2e%2e", "ü?#"])
        try await client.me.send(method: .get, path: "//lists//wishlist/")
        #expect(transport.requests.map(\.url.absoluteString) == [
            "https://id.example.com/id/api/v1/profiles/me/lists/a%20b/%252e%252e/%C3%BC%3F%23",
            "https://id.example.com/id/api/v1/profiles/me/lists/wishlist",
        ])
    }

    @Test func queriesAreEncodedInAStableOrder() async throws {
        let transport = RecordingTransport { _ in
            TransportResponse(
                status: 200,
                body: Data(
                    #"{"data":[],"links":{"first":null,"last":null,"prev":null,"next":null},"meta":{"current_page":2,"from":null,"last_page":1,"path":"x","per_page":5,"to":null,"total":0}}"#
                        .utf8))
        }
        let client = Self.client(transport)
        let page = try await client.locations.list(
            LocationQuery(
                isPublished: true, isPermanentlyClosed: false, name: "Bondi & Co", filters: ["tags": "cafe"],
                sort: [.ascending("name"), .descending("created_at")], page: 2, pageSize: 5))
        #expect(page.nextPage == nil)
        #expect(
            transport.requests.first?.url.query
                == "filter%5Bis_permanently_closed%5D=0&filter%5Bis_published%5D=1&filter%5Bname%5D=Bondi%20%26%20Co"
                + "&filter%5Btags%5D=cafe&sort=name%2C-created_at&page%5Bnumber%5D=2&page%5Bsize%5D=5")
    }

    @Test func headersAndBodies() async throws {
        let transport = RecordingTransport { _ in
            TransportResponse(status: 200, body: Data(#"{"data":{"email_optout":true}}"#.utf8))
        }
        let client = Self.client(transport)
        let comms = try await client.me.updateComms(Comms([.emailOptout: true]))
        #expect(comms[.emailOptout] == true)
        let request = try #require(transport.requests.first)
        #expect(request.method == .put)
        #expect(request.headers["Authorization"] == "Bearer t1")
        #expect(request.headers["Content-Type"] == "application/json")
        #expect(request.headers["Accept"] == "application/json")
        #expect(request.body == Data(#"{"email_optout":true}"#.utf8))
    }

    @Test func sendPassesRawBodiesThroughAndEncodesJSONValues() async throws {
        let transport = RecordingTransport()
        let client = Self.client(transport)
        let raw = Data(#"{"sms_promo": true}"#.utf8)
        try await client.me.send(method: .put, path: "attributes/comms", body: raw)
        try await client.me.send(method: .post, path: "identities", json: IdentityFields(handle: "crm", identifier: "7"))
        try await client.me.send(method: .delete, path: "identities/crm")
        let requests = transport.requests
        #expect(requests.map(\.method) == [.put, .post, .delete])
        #expect(requests[0].body == raw)
        #expect(requests[1].body == Data(#"{"handle":"crm","identifier":"7"}"#.utf8))
        #expect(requests[2].body == nil)
        #expect(requests[2].headers["Content-Type"] == nil)
    }

    @Test func onlyTheFieldsSetAreSent() throws {
        let encoder = JSONCoding.encoder
        #expect(String(decoding: try encoder.encode(ProfileFields(firstName: "Ada")), as: UTF8.self) == #"{"first_name":"Ada"}"#)
        #expect(
            String(decoding: try encoder.encode(ProfileSignupFields(email: "a@b.co", comms: Comms([.emailPromo: true]))), as: UTF8.self)
                == #"{"attributes":{"comms":{"email_promo":true}},"email":"a@b.co"}"#)
        #expect(String(decoding: try encoder.encode(AddressFields(isDefault: true)), as: UTF8.self) == #"{"is_default":true}"#)
        #expect(String(decoding: try encoder.encode(TokenRequest()), as: UTF8.self) == "{}")
    }

    @Test func aRetryAfter401ResendsTheSameRequestWithTheNewToken() async throws {
        let transport = RecordingTransport { request in
            request.headers["Authorization"] == "Bearer t1"
                ? TransportResponse(status: 401, body: Data(#"{"message":"Unauthenticated."}"#.utf8))
                : TransportResponse(status: 200, body: Data(#"{"data":{"sms_promo":false}}"#.utf8))
        }
        _ = try await Self.client(transport).me.updateComms(Comms([CommsKey(.sms, .promo): false]))
        let requests = transport.requests
        #expect(requests.count == 2)
        #expect(requests.map { $0.headers["Authorization"] } == ["Bearer t1", "Bearer t2"])
        #expect(requests[0].body == requests[1].body)
        #expect(requests[0].url == requests[1].url)
    }

    @Test func errorsWithoutAnOmneoBodyStillCarryTheStatus() async throws {
        let transport = RecordingTransport { _ in
            TransportResponse(status: 503, headers: ["Content-Type": "text/html"], body: Data("<html>busy</html>".utf8))
        }
        let error = await omneoError { _ = try await Self.client(transport).me.get() }
        #expect(error?.status == 503)
        #expect(error?.message == "HTTP 503")
        #expect(error?.errors.isEmpty == true)
    }

    @Test func anUndecodableAnswerIsUnexpected() async throws {
        let transport = RecordingTransport { _ in TransportResponse(status: 200, body: Data("{}".utf8)) }
        let error = await omneoError { _ = try await Self.client(transport).me.get() }
        guard case .unexpectedResponse(200, _)? = error else {
            Issue.record("expected unexpectedResponse, got \(String(describing: error))")
            return
        }
    }

    @Test func tokensStayOutOfDescriptions() {
        let token = IDToken(token: "secret.jwt.value", expiresAt: Date(timeIntervalSince1970: 0))
        #expect(!"\(token)".contains("secret"))
    }
}
