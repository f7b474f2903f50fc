import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import OmneoIDConfiguration
import OmneoTestSupport

/// A sandbox, a gateway in front of it, and the OpenAPI document that gateway serves.
struct OpenAPIFixture {
    let sandbox: SandboxHarness
    let gateway: GatewayHarness
    let document: JSON
    var validator: SchemaValidator { SchemaValidator(document: document) }

    struct Answer {
        let status: Int
        let headers: HTTPHeaders
        let body: String
    }

    /// Runs `body` against a fresh sandbox and gateway (upstream auth: the sandbox token is the API token).
    static func with(
        configure: @escaping (inout OmneoIDSettings) -> Void = { _ in }, _ body: (OpenAPIFixture) async throws -> Void
    ) async throws {
        try await SandboxHarness.with { sandbox in
            let gateway = try await GatewayHarness(
                upstreamURL: sandbox.baseURL, upstreamToken: sandbox.apiToken, configure: configure)
            try await stopping(gateway) {
                let answer = try await send(.GET, "http://127.0.0.1:\(gateway.port)/id/api/v1/openapi.json")
                let fixture = OpenAPIFixture(sandbox: sandbox, gateway: gateway, document: try JSON.parse(answer.body))
                try await body(fixture)
            }
        }
    }

    /// One request to the gateway; `path` is absolute (`/id/api/v1/…`).
    func send(_ method: HTTPMethod, _ path: String, token: String? = nil, headers: [(String, String)] = [], body: String? = nil)
        async throws -> Answer
    {
        var all = headers
        if let token { all.append(("Authorization", "Bearer \(token)")) }
        return try await Self.send(method, "http://127.0.0.1:\(gateway.port)\(path)", headers: all, body: body)
    }

    static func send(_ method: HTTPMethod, _ url: String, headers: [(String, String)] = [], body: String? = nil)
        async throws -> Answer
    {
        let answer = try await TestHTTP.send(method, url, headers: headers, body: body, contentType: "application/json")
        return Answer(status: Int(answer.status), headers: answer.headers, body: String(buffer: answer.body))
    }

    /// The documented response for `status` of `method` on the path template `template`
    /// (`default` when the status is not listed), `$ref`s followed.
    func documentedResponse(_ template: String, _ method: String, status: Int) -> JSON? {
        let responses = document["paths"]?[template]?[method.lowercased()]?["responses"]
        return validator.dereferenced(responses?[String(status)] ?? responses?["default"])
    }

    /// Everything in `answer` that the document does not allow: an undocumented status, a
    /// missing required header, another content type, a body off the schema.
    func violations(of answer: Answer, for template: String, _ method: String) -> [String] {
        guard let response = documentedResponse(template, method, status: answer.status) else {
            return ["\(method) \(template): status \(answer.status) is not documented"]
        }
        var found: [String] = []
        for (name, header) in response["headers"]?.object ?? [:] {
            let header = validator.dereferenced(header)
            if header?["required"] == .bool(true) && answer.headers[name].isEmpty {
                found.append("\(method) \(template) \(answer.status): missing header \(name)")
            }
        }
        if let schema = response["content"]?["application/json"]?["schema"] {
            if answer.headers["Content-Type"].first?.hasPrefix("application/json") != true {
                found.append("\(method) \(template) \(answer.status): Content-Type \(answer.headers["Content-Type"])")
            }
            do {
                found += validator.problems(try JSON.parse(answer.body), against: schema)
                    .map { "\(method) \(template) \(answer.status): \($0)" }
            } catch {
                found.append("\(method) \(template) \(answer.status): body is not JSON")
            }
        }
        return found
    }
}
