import Foundation
import OmneoTestSupport
import Testing

/// Every invalid body is a 422 naming each bad field, and nothing reaches the upstream.
@Suite struct FindOrCreateValidationTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let body: String
        /// Exactly the fields `errors` must name.
        let fields: Set<String>
        var testDescription: String { name }
    }

    static let longEmail = String(repeating: "a", count: 64) + "@" + String(repeating: "b", count: 60) + "."
        + String(repeating: "c", count: 60) + "." + String(repeating: "d", count: 60) + ".example.com"

    static let cases: [Case] = [
        Case(name: "neither email nor mobile", body: #"{"first_name":"Ann"}"#, fields: ["email", "mobile_phone"]),
        Case(name: "empty object", body: "{}", fields: ["email", "mobile_phone"]),
        Case(name: "both null", body: #"{"email":null,"mobile_phone":null}"#, fields: ["email", "mobile_phone"]),
        Case(name: "bad email", body: #"{"email":"not-an-email"}"#, fields: ["email"]),
        Case(name: "email with spaces", body: #"{"email":" ann@example.com"}"#, fields: ["email"]),
        Case(name: "email over 254 characters", body: #"{"email":"\#(longEmail)"}"#, fields: ["email"]),
        Case(name: "bad mobile", body: #"{"mobile_phone":"0412 345 678"}"#, fields: ["mobile_phone"]),
        Case(name: "mobile with letters", body: #"{"mobile_phone":"+61 4l2 345 678"}"#, fields: ["mobile_phone"]),
        Case(
            name: "wrong types",
            body: #"{"email":"ann@example.com","first_name":5,"birth_day":"12","tags":"vip","company":true,"region_id":1.5}"#,
            fields: ["first_name", "birth_day", "tags", "company", "region_id"]),
        Case(name: "mobile as a number", body: #"{"mobile_phone":61412345678}"#, fields: ["mobile_phone"]),
        Case(name: "email as an array", body: #"{"email":["ann@example.com"]}"#, fields: ["email"]),
        Case(
            name: "unknown fields", body: #"{"email":"ann@example.com","id":"x","full_name":"Ann","identities":[]}"#,
            fields: ["id", "full_name", "identities"]),
        Case(name: "bad gender", body: #"{"email":"ann@example.com","gender":"robot"}"#, fields: ["gender"]),
        Case(
            name: "dates out of range",
            body: #"{"email":"ann@example.com","birth_day":32,"birth_month":13,"birth_year":1800}"#,
            fields: ["birth_day", "birth_month", "birth_year"]),
        Case(
            name: "no such day in the month", body: #"{"email":"ann@example.com","birth_day":31,"birth_month":4}"#,
            fields: ["birth_day"]),
        // Issue 14: checked as the upstream counts and classifies (scalars, ASCII digits).
        Case(name: "mobile with a combining mark", body: #"{"mobile_phone":"+614\#u{0301}12345678"}"#, fields: ["mobile_phone"]),
        Case(name: "mobile with Arabic-Indic digits", body: #"{"mobile_phone":"+٦١٤١٢٣٤٥٦٧٨"}"#, fields: ["mobile_phone"]),
        Case(name: "mobile with full-width digits", body: #"{"mobile_phone":"+６１４１２３４５６７８"}"#, fields: ["mobile_phone"]),
        Case(
            name: "first name of 300 scalars but 100 characters",
            body: #"{"email":"ann@example.com","first_name":"\#(String(repeating: "e\u{0301}\u{0302}", count: 100))"}"#,
            fields: ["first_name"]),
        Case(
            name: "tag of 256 scalars but 128 characters",
            body: #"{"email":"ann@example.com","tags":["\#(String(repeating: "a\u{0308}", count: 128))"]}"#,
            fields: ["tags.0"]),
        Case(name: "title too long", body: #"{"email":"ann@example.com","title":"\#(String(repeating: "x", count: 51))"}"#, fields: ["title"]),
        Case(
            name: "non-boolean comms flag",
            body: #"{"email":"ann@example.com","attributes":{"comms":{"email_promo":"yes","sms_optout":1}}}"#,
            fields: ["attributes.comms.email_promo", "attributes.comms.sms_optout"]),
        Case(
            name: "unknown and bounced comms flags",
            body: #"{"email":"ann@example.com","attributes":{"comms":{"email_bounced":false,"fax_promo":true}}}"#,
            fields: ["attributes.comms.email_bounced", "attributes.comms.fax_promo"]),
        Case(
            name: "attributes other than comms", body: #"{"email":"ann@example.com","attributes":{"loyalty":{"tier":1}}}"#,
            fields: ["attributes.loyalty"]),
        Case(name: "attributes not an object", body: #"{"email":"ann@example.com","attributes":[]}"#, fields: ["attributes"]),
        Case(
            name: "comms not an object", body: #"{"email":"ann@example.com","attributes":{"comms":true}}"#,
            fields: ["attributes.comms"]),
        Case(name: "tags not strings", body: #"{"email":"ann@example.com","tags":["vip",3,""]}"#, fields: ["tags.1", "tags.2"]),
        Case(
            name: "several problems at once",
            body: #"{"email":"bad","mobile_phone":"12","gender":"x","id":1,"attributes":{"comms":{"sms_bounced":true}}}"#,
            fields: ["email", "mobile_phone", "gender", "id", "attributes.comms.sms_bounced"]),
    ]

    @Test(arguments: cases)
    func invalidBodiesAre422NamingEachField(_ testCase: Case) async throws {
        try await FindOrCreate.withRecording { upstream, gateway, anonymous in
            let answer = try await FindOrCreate.post(gateway, testCase.body, token: anonymous)
            #expect(answer.status == 422)
            #expect(answer.headers.contains { $0.name == "content-type" && $0.value == "application/json" })
            let errors = try #require(answer.errors)
            #expect(Set(errors.keys) == testCase.fields)
            #expect(errors.values.allSatisfy { !$0.isEmpty && $0.allSatisfy { !$0.isEmpty } })
            let object = try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any]
            #expect((object?["message"] as? String)?.isEmpty == false)
            #expect(upstream.requests.isEmpty)
        }
    }

    @Test func messagesAreWordedForPeople() async throws {
        try await FindOrCreate.withRecording { _, gateway, anonymous in
            let answer = try await FindOrCreate.post(
                gateway, #"{"email":"bad","first_name":1,"id":2,"attributes":{"comms":{"email_bounced":true}}}"#,
                token: anonymous)
            let errors = try #require(answer.errors)
            #expect(errors["email"] == ["The email field must be a valid email address."])
            #expect(errors["first_name"] == ["The first name field must be a string."])
            #expect(errors["id"] == ["The id field is not allowed."])
            #expect(
                errors["attributes.comms.email_bounced"]
                    == ["The attributes.comms.email_bounced field is maintained by Omneo and cannot be set."])
        }
    }

    @Test(arguments: ["", "{not json", "[]", #""email""#, "null", "42"])
    func aBodyThatIsNotAJSONObjectIs400(_ body: String) async throws {
        try await FindOrCreate.withRecording { upstream, gateway, anonymous in
            let answer = try await FindOrCreate.post(gateway, body, token: anonymous)
            #expect(answer.status == 400)
            #expect(answer.body.hasPrefix(#"{"message":"#))
            #expect(upstream.requests.isEmpty)
        }
    }

    @Test func aBodyOver64KiBIs413() async throws {
        try await FindOrCreate.withRecording { upstream, gateway, anonymous in
            let padding = String(repeating: "x", count: 70_000)
            let answer = try await FindOrCreate.post(
                gateway, #"{"email":"ann@example.com","company":"\#(padding)"}"#, token: anonymous)
            #expect(answer.status == 413)
            #expect(answer.body == #"{"message":"The request body is too large."}"#)
            #expect(upstream.requests.isEmpty)
        }
    }

    @Test func otherMethodsAre405() async throws {
        try await FindOrCreate.withRecording { upstream, gateway, anonymous in
            let response = try await RawHTTP.send(
                "GET /id/api/v1/profiles HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(anonymous)\r\nConnection: close\r\n\r\n",
                port: gateway.port)
            #expect(response.status == 405)
            #expect(response.header("allow") == "POST")
            #expect(upstream.requests.isEmpty)
        }
    }
}
