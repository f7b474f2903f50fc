import Foundation
import Hummingbird
import NIOCore
import OmneoTestSupport
import Synchronization
import Testing

/// What `POST /id/api/v1/profiles` sends upstream, and how it answers upstream failures.
@Suite struct FindOrCreateUpstreamTests {
    static let profileID = "5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f"

    static func json(_ status: HTTPResponse.Status, _ body: String) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json", .contentLength: String(body.utf8.count)],
            body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    /// One profile found by any filter; writes answered 200.
    static let existing: RecordingUpstream.Handler = { request in
        if request.method == "GET" {
            return json(
                .ok, #"{"data":[{"id":"\#(profileID)","email":"Ann@Example.com","mobile_phone":"+61400000001"}]}"#)
        }
        return json(.ok, #"{"data":{}}"#)
    }

    /// No profile exists; a create succeeds.
    static let empty: RecordingUpstream.Handler = { request in
        if request.method == "GET" { return json(.ok, #"{"data":[]}"#) }
        return json(.created, #"{"data":{"id":"\#(profileID)"}}"#)
    }

    func decoded(_ body: Data?) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: body ?? Data()) as? [String: Any])
    }

    @Test func anExistingProfileWithoutCommsKeysIsNotWritten() async throws {
        try await FindOrCreate.withRecording(handler: Self.existing) { upstream, gateway, anonymous in
            let answer = try await FindOrCreate.post(
                gateway, #"{"email":"ann@example.com","first_name":"New","last_name":"Name"}"#, token: anonymous)
            #expect(answer.status == 200)
            #expect(answer.body == FindOrCreate.success)
            #expect(upstream.requests.map(\.method) == ["GET"])
        }
    }

    @Test func anExistingProfileGetsOnlyTheSentFlags() async throws {
        try await FindOrCreate.withRecording(handler: Self.existing) { upstream, gateway, anonymous in
            let answer = try await FindOrCreate.post(
                gateway,
                #"{"email":"ANN@example.com","first_name":"New","attributes":{"comms":{"sms_promo":true,"email_optout":false}}}"#,
                token: anonymous)
            #expect(answer.status == 200)
            let requests = upstream.requests
            #expect(requests.map(\.method) == ["GET", "PUT"])
            #expect(requests.first?.query == "filter%5Bemail%5D=ann%40example.com")
            let put = try #require(requests.last)
            #expect(put.path == "/api/v3/profiles/\(Self.profileID)/attributes/comms")
            #expect(try decoded(put.body) as NSDictionary == ["sms_promo": true, "email_optout": false] as NSDictionary)
            for request in requests {
                #expect(request.values("Authorization") == ["Bearer service-token"])
                #expect(request.values("X-Request-Id") == answer.headers.filter { $0.name == "x-request-id" }.map(\.value))
            }
        }
    }

    @Test func aNewProfileIsCreatedWithTheDefaultsAndNormalisedMobile() async throws {
        try await FindOrCreate.withRecording(handler: Self.empty) { upstream, gateway, anonymous in
            let answer = try await FindOrCreate.post(
                gateway, #"{"email":"a+b@example.com","mobile_phone":"+61 400 000 002","first_name":"  ","tags":["x"]}"#,
                token: anonymous)
            #expect(answer.status == 200)
            let requests = upstream.requests
            #expect(requests.map(\.method) == ["GET", "GET", "POST"])
            #expect(requests[0].query == "filter%5Bemail%5D=a%2Bb%40example.com")
            #expect(requests[1].query == "filter%5Bmobile_phone%5D=%2B61400000002")
            let created = try decoded(requests[2].body)
            #expect(
                created as NSDictionary
                    == [
                        "email": "a+b@example.com", "mobile_phone": "+61400000002", "first_name": "unknown",
                        "last_name": "unknown", "tags": ["x"],
                        "attributes": ["comms": ["email_promo": true, "email_optout": false]],
                    ] as NSDictionary)
        }
    }

    @Test func aLooseUpstreamFilterDoesNotMatchAnotherShopper() async throws {
        // An upstream whose filter is "contains": only an exact (case-insensitive) match counts.
        let handler: RecordingUpstream.Handler = { request in
            if request.method == "GET" {
                return Self.json(.ok, #"{"data":[{"id":"\#(Self.profileID)","email":"joann@example.com"}]}"#)
            }
            return Self.json(.created, #"{"data":{}}"#)
        }
        try await FindOrCreate.withRecording(handler: handler) { upstream, gateway, anonymous in
            let answer = try await FindOrCreate.post(
                gateway, #"{"email":"ann@example.com","attributes":{"comms":{"sms_promo":true}}}"#, token: anonymous)
            #expect(answer.status == 200)
            #expect(upstream.requests.map(\.method) == ["GET", "POST"])
        }
    }

    @Test func aCreateThatLosesTheRaceBecomesAnUpdate() async throws {
        let created = Mutex(false)
        let handler: RecordingUpstream.Handler = { request in
            switch request.method {
            case "GET":
                if created.withLock({ $0 }) {
                    return Self.json(.ok, #"{"data":[{"id":"\#(Self.profileID)","email":"ann@example.com"}]}"#)
                }
                return Self.json(.ok, #"{"data":[]}"#)
            case "POST":
                // Another replica created it a moment ago.
                created.withLock { $0 = true }
                return Self.json(
                    .unprocessableContent,
                    #"{"message":"The email has already been taken.","errors":{"email":["The email has already been taken."]}}"#)
            default:
                return Self.json(.ok, #"{"data":{}}"#)
            }
        }
        try await FindOrCreate.withRecording(handler: handler) { upstream, gateway, anonymous in
            let answer = try await FindOrCreate.post(
                gateway, #"{"email":"ann@example.com","attributes":{"comms":{"email_optout":true}}}"#, token: anonymous)
            #expect(answer.status == 200)
            #expect(answer.body == FindOrCreate.success)
            let requests = upstream.requests
            #expect(requests.map(\.method) == ["GET", "POST", "GET", "PUT"])
            #expect(try decoded(requests.last?.body) as NSDictionary == ["email_optout": true] as NSDictionary)
        }
    }

    @Test(arguments: [HTTPResponse.Status.unauthorized, .internalServerError, .notFound, .unprocessableContent])
    func anUnexpectedUpstreamAnswerIs502WithoutItsBody(status: HTTPResponse.Status) async throws {
        let secret = #"{"message":"SQLSTATE[42P01] secret-upstream-detail","errors":{"x":["secret"]}}"#
        let handler: RecordingUpstream.Handler = { request in
            // Listing works; the create fails in an unexpected way.
            if request.method == "GET" { return Self.json(.ok, #"{"data":[]}"#) }
            return Self.json(status, secret)
        }
        try await FindOrCreate.withRecording(handler: handler) { _, gateway, anonymous in
            let answer = try await FindOrCreate.post(gateway, #"{"email":"ann@example.com"}"#, token: anonymous)
            #expect(answer.status == 502)
            // A 401 to the service token says so (issue 14); never the upstream's body.
            let expected =
                status == .unauthorized
                ? #"{"message":"Upstream refused the gateway's credentials."}"# : #"{"message":"Upstream returned an unexpected response."}"#
            #expect(answer.body == expected)
        }
    }

    @Test func anUnreadableListingIs502() async throws {
        let handler: RecordingUpstream.Handler = { _ in Self.json(.ok, #"<html>not json</html>"#) }
        try await FindOrCreate.withRecording(handler: handler) { upstream, gateway, anonymous in
            let answer = try await FindOrCreate.post(gateway, #"{"email":"ann@example.com"}"#, token: anonymous)
            #expect(answer.status == 502)
            #expect(!answer.body.contains("html"))
            #expect(upstream.requests.map(\.method) == ["GET"])
        }
    }

    @Test func anUnsafeProfileIDFromUpstreamIsNeverUsedInAPath() async throws {
        let handler: RecordingUpstream.Handler = { request in
            Self.json(.ok, #"{"data":[{"id":"../../admin","email":"ann@example.com"}]}"#)
        }
        try await FindOrCreate.withRecording(handler: handler) { upstream, gateway, anonymous in
            let answer = try await FindOrCreate.post(
                gateway, #"{"email":"ann@example.com","attributes":{"comms":{"sms_promo":true}}}"#, token: anonymous)
            #expect(answer.status == 502)
            #expect(upstream.requests.map(\.method) == ["GET"])
        }
    }

    @Test func aSlowUpstreamIs504() async throws {
        let handler: RecordingUpstream.Handler = { request in
            try await Task.sleep(for: .seconds(3))
            return Self.json(.ok, #"{"data":[]}"#)
        }
        try await FindOrCreate.withRecording(handler: handler, configure: { $0.upstreamTimeout = 0.5 }) {
            _, gateway, anonymous in
            let answer = try await FindOrCreate.post(gateway, #"{"email":"ann@example.com"}"#, token: anonymous)
            #expect(answer.status == 504)
            #expect(answer.body == #"{"message":"Upstream timed out."}"#)
        }
    }
}
