import OmneoSandbox
import Testing

@testable import OmneoIDGateway

/// Live answers of the gateway (against the sandbox) conform to the document it serves:
/// status documented, required headers present, JSON body on the schema.
@Suite struct OpenAPILiveResponseTests {
    static let identity = #"{"id":"1004993MH","id_handle":"magento_id"}"#

    @Test func mintAnswersConform() async throws {
        try await OpenAPIFixture.with { fixture in
            let path = "/id/api/v1/auth/token"
            let apiToken = fixture.sandbox.apiToken
            let answers = [
                (200, try await fixture.send(.POST, path, token: apiToken, body: Self.identity)),
                (200, try await fixture.send(.POST, path, token: apiToken)),
                (401, try await fixture.send(.POST, path, body: Self.identity)),
                (404, try await fixture.send(.POST, path, token: apiToken, body: #"{"id":"nobody"}"#)),
                (422, try await fixture.send(.POST, path, token: apiToken, body: #"{"id":[1],"x":1}"#)),
                (400, try await fixture.send(.POST, path, token: apiToken, body: "not json")),
            ]
            for (status, answer) in answers {
                #expect(answer.status == status)
                #expect(fixture.violations(of: answer, for: path, "POST") == [])
            }
        }
    }

    @Test func locationAnswersConform() async throws {
        try await OpenAPIFixture.with { fixture in
            let token = try await fixture.gateway.anonymousToken()
            let list = try await fixture.send(.GET, "/id/api/v1/locations?page%5Bsize%5D=2&filter%5Bis_published%5D=1", token: token)
            #expect(list.status == 200)
            #expect(fixture.violations(of: list, for: "/id/api/v1/locations", "GET") == [])
            let etag = try #require(list.headers["ETag"].first)
            let notModified = try await fixture.send(
                .GET, "/id/api/v1/locations?page%5Bsize%5D=2&filter%5Bis_published%5D=1", token: token,
                headers: [("If-None-Match", etag)])
            #expect(notModified.status == 304)
            #expect(fixture.violations(of: notModified, for: "/id/api/v1/locations", "GET") == [])
            let head = try await fixture.send(.HEAD, "/id/api/v1/locations", token: token)
            #expect(head.status == 200)
            #expect(fixture.violations(of: head, for: "/id/api/v1/locations", "HEAD") == [])

            let one = "/id/api/v1/locations/{id}"
            let answers = [
                (200, try await fixture.send(.GET, "/id/api/v1/locations/1", token: token)),
                (404, try await fixture.send(.GET, "/id/api/v1/locations/999999", token: token)),
                (401, try await fixture.send(.GET, "/id/api/v1/locations/1")),
            ]
            for (status, answer) in answers {
                #expect(answer.status == status)
                #expect(fixture.violations(of: answer, for: one, "GET") == [])
            }
            let badSort = try await fixture.send(.GET, "/id/api/v1/locations?sort=nope", token: token)
            #expect(badSort.status == 422)
            #expect(fixture.violations(of: badSort, for: "/id/api/v1/locations", "GET") == [])
        }
    }

    @Test func profileAnswersConform() async throws {
        try await OpenAPIFixture.with { fixture in
            let token = try await fixture.gateway.token(for: SandboxSeed.magentoProfileID)
            let anonymous = try await fixture.gateway.anonymousToken()
            let me = "/id/api/v1/profiles/me"
            let answers = [
                (200, try await fixture.send(.GET, me, token: token)),
                (404, try await fixture.send(.GET, me, token: anonymous)),
                (401, try await fixture.send(.GET, me, token: "not-a-token")),
            ]
            for (status, answer) in answers {
                #expect(answer.status == status)
                #expect(fixture.violations(of: answer, for: me, "GET") == [])
            }
            let identities = try await fixture.send(.GET, "/id/api/v1/profiles/me/identities", token: token)
            #expect(identities.status == 200)
            #expect(fixture.violations(of: identities, for: me + "/{path}", "GET") == [])

            let signup = "/id/api/v1/profiles"
            let created = try await fixture.send(.POST, signup, token: anonymous, body: #"{"email":"new.shopper@example.com"}"#)
            #expect(created.status == 200)
            #expect(fixture.violations(of: created, for: signup, "POST") == [])
            let invalid = try await fixture.send(.POST, signup, token: anonymous, body: #"{"gender":"x"}"#)
            #expect(invalid.status == 422)
            #expect(fixture.violations(of: invalid, for: signup, "POST") == [])
        }
    }

    @Test func operationalAnswersConform() async throws {
        try await OpenAPIFixture.with { fixture in
            for path in ["/health/live", "/health/ready", "/.well-known/jwks.json", "/id/api/v1/openapi.json"] {
                let answer = try await fixture.send(.GET, path)
                #expect(answer.status == 200, "\(path)")
                #expect(fixture.violations(of: answer, for: path, "GET") == [])
            }
            let refused = try await fixture.send(.DELETE, "/id/api/v1/locations")
            #expect(refused.status == 405)
            let methodNotAllowed = try #require(fixture.validator.resolve("#/components/responses/MethodNotAllowed"))
            #expect(refused.headers["Allow"] == ["GET, HEAD"])
            let schema = try #require(methodNotAllowed["content"]?["application/json"]?["schema"])
            let body = try JSON.parse(refused.body)
            #expect(fixture.validator.problems(body, against: schema) == [])
        }
    }
}
