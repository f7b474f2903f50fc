import Foundation
import Testing

@testable import OmneoIDGateway

/// `GET /id/api/v1/openapi.json`: a well-formed OpenAPI 3.1 document, served as JSON.
@Suite struct OpenAPIDocumentTests {
    static let methods = ["get", "head", "post", "put", "patch", "delete", "options", "trace"]

    @Test func isServedAsOpenAPI31JSON() async throws {
        try await OpenAPIFixture.with { fixture in
            let answer = try await fixture.send(.GET, "/id/api/v1/openapi.json")
            #expect(answer.status == 200)
            #expect(answer.headers["Content-Type"] == ["application/json"])
            #expect(answer.headers["Content-Length"] == [String(answer.body.utf8.count)])
            #expect(!answer.headers["X-Request-Id"].isEmpty)
            let version = try #require(fixture.document["openapi"]?.string)
            #expect(version.wholeMatch(of: /3\.1\.\d+/) != nil)
            #expect(fixture.document["info"]?["title"]?.string == "Omneo ID")
            #expect(fixture.document["info"]?["version"]?.string != nil)
            #expect(fixture.document["paths"]?.object?.isEmpty == false)
            #expect(answer.body == String(buffer: OpenAPIDocument.encoded(OpenAPIDocument.make(locationsPublic: false))))
        }
    }

    @Test func everyReferenceResolves() async throws {
        try await OpenAPIFixture.with { fixture in
            var unresolved: [String] = []
            func walk(_ value: JSON) {
                switch value {
                case .object(let members):
                    if let ref = members["$ref"]?.string, fixture.validator.resolve(ref) == nil { unresolved.append(ref) }
                    members.values.forEach(walk)
                case .array(let items): items.forEach(walk)
                default: break
                }
            }
            walk(fixture.document)
            #expect(unresolved.isEmpty)
        }
    }

    @Test func everyOperationIsWellFormed() async throws {
        try await OpenAPIFixture.with { fixture in
            let schemes = Set(fixture.document["components"]?["securitySchemes"]?.object.map { Array($0.keys) } ?? [])
            #expect(schemes == ["apiToken", "idToken"])
            var operationIDs: [String] = []
            for (path, item) in fixture.document["paths"]?.object ?? [:] {
                for method in Self.methods {
                    guard let operation = item[method] else { continue }
                    let name = "\(method.uppercased()) \(path)"
                    operationIDs.append(operation["operationId"]?.string ?? "")
                    for requirement in operation["security"]?.array ?? [] {
                        let names = Set(requirement.object.map { Array($0.keys) } ?? [])
                        #expect(names.isSubset(of: schemes), "\(name)")
                    }
                    let responses = try #require(operation["responses"]?.object, "\(name)")
                    #expect(responses["400"] != nil, "\(name): every request can be refused as malformed")
                    for (status, response) in responses {
                        let response = fixture.validator.dereferenced(response)
                        #expect(response?["headers"]?["X-Request-Id"] != nil, "\(name) \(status): X-Request-Id")
                        if method == "head" { #expect(response?["content"] == nil, "\(name) \(status): HEAD has no body") }
                    }
                    // Path parameters are declared exactly for the templated segments.
                    let declared = ((item["parameters"]?.array ?? []) + (operation["parameters"]?.array ?? []))
                        .filter { $0["in"]?.string == "path" }.compactMap { $0["name"]?.string }
                    let templated = path.matches(of: /\{([^}]+)\}/).map { String($0.output.1) }
                    #expect(Set(declared) == Set(templated), "\(name)")
                }
            }
            #expect(Set(operationIDs).count == operationIDs.count, "operationIds are unique")
            #expect(!operationIDs.contains(""))
        }
    }

    @Test func securityMatchesWhoMayCall() async throws {
        try await OpenAPIFixture.with { fixture in
            func security(_ path: String, _ method: String) -> [String] {
                (fixture.document["paths"]?[path]?[method]?["security"]?.array ?? []).flatMap { $0.object.map { Array($0.keys) } ?? [] }
            }
            #expect(security("/id/api/v1/auth/token", "post") == ["apiToken"])
            for path in ["/id/api/v1/profiles/me", "/id/api/v1/profiles/me/{path}", "/id/api/v1/locations"] {
                #expect(security(path, "get") == ["idToken"], "\(path)")
            }
            #expect(security("/id/api/v1/profiles", "post") == ["idToken"])
            for path in ["/health/live", "/health/ready", "/.well-known/jwks.json", "/id/api/v1/openapi.json"] {
                #expect(fixture.document["paths"]?[path]?["get"]?["security"] == .array([]), "\(path)")
            }
        }
    }

    @Test func publicLocationsAreDocumentedWithoutAToken() async throws {
        try await OpenAPIFixture.with(configure: { $0.locationsPublic = true }) { fixture in
            for path in ["/id/api/v1/locations", "/id/api/v1/locations/{id}"] {
                let get = fixture.document["paths"]?[path]?["get"]
                #expect(get?["security"] == .array([]), "\(path)")
                #expect(get?["responses"]?["401"] == nil, "\(path)")
            }
            let answer = try await fixture.send(.GET, "/id/api/v1/locations")
            #expect(answer.status == 200)
            #expect(fixture.violations(of: answer, for: "/id/api/v1/locations", "GET").isEmpty)
        }
    }

    @Test func signupBoundsFollowTheValidation() {
        let now = Date()
        let year = Calendar(identifier: .gregorian).component(.year, from: now)
        let signup = OpenAPISchemas.profileSignup(now: now).members["properties"]?.members ?? [:]
        #expect(signup["birth_year"]?.members["maximum"] == .int(year))
        #expect(Set(signup.keys) == ProfileSignup.allowedFields)
        let comms = OpenAPISchemas.comms.members["properties"]?.members ?? [:]
        #expect(comms.count == 50)  // 5 channels × 11 kinds (omneo-sdk comms.ts), less the 5 `*_bounced`
        #expect(comms["email_bounced"] == nil)
    }
}
