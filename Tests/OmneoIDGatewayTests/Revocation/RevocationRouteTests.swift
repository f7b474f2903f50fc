import AsyncHTTPClient
import Foundation
import NIOCore
import OmneoSandbox
import OmneoTestSupport
import Testing

@testable import OmneoIDGateway

/// `POST /id/api/v1/auth/revoke` through one gateway, against the sandbox.
@Suite struct RevocationRouteTests {
    typealias Answer = TokenRouteTests.Answer

    static func revoke(_ gateway: GatewayHarness, apiToken: String?, body: String) async throws -> Answer {
        var request = HTTPClientRequest(url: "\(gateway.baseURL)/auth/revoke")
        request.method = .POST
        if let apiToken { request.headers.add(name: "Authorization", value: "Bearer \(apiToken)") }
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(string: body))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
        let bytes = try await response.body.collect(upTo: 1 << 20)
        return Answer(status: response.status.code, headers: response.headers, body: String(buffer: bytes))
    }

    static func me(_ gateway: GatewayHarness, token: String) async throws -> UInt {
        var request = HTTPClientRequest(url: "\(gateway.baseURL)/profiles/me")
        request.headers.add(name: "Authorization", value: "Bearer \(token)")
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
        _ = try await response.body.collect(upTo: 1 << 20)
        return response.status.code
    }

    static func mintByIdentity(_ gateway: GatewayHarness, _ sandbox: SandboxHarness) async throws -> String {
        let answer = try await TokenRouteTests.mint(
            gateway, apiToken: sandbox.apiToken, body: #"{"id":"1004993MH","id_handle":"magento_id"}"#)
        return try #require(answer.token)
    }

    @Test func logOutRevokesThatTokenOnly() async throws {
        try await TokenRouteTests.withSandboxGateway { sandbox, gateway in
            let phone = try await Self.mintByIdentity(gateway, sandbox)
            let laptop = try await Self.mintByIdentity(gateway, sandbox)
            #expect(try await Self.me(gateway, token: phone) == 200)

            let answer = try await Self.revoke(gateway, apiToken: sandbox.apiToken, body: #"{"token":"\#(phone)"}"#)
            #expect(answer.status == 200)
            #expect(answer.body == #"{"data":{"revoked":true}}"#)
            #expect(answer.headers["Cache-Control"] == ["no-store"])

            #expect(try await Self.me(gateway, token: phone) == 401)
            #expect(try await Self.me(gateway, token: laptop) == 200)
            // Revoking it again is not an error.
            #expect(try await Self.revoke(gateway, apiToken: sandbox.apiToken, body: #"{"token":"\#(phone)"}"#).status == 200)
        }
    }

    @Test func logOutEverywhereRevokesEveryTokenIssuedUpToNow() async throws {
        try await TokenRouteTests.withSandboxGateway { sandbox, gateway in
            let phone = try await Self.mintByIdentity(gateway, sandbox)
            let tablet = try await TokenRouteTests.mint(
                gateway, apiToken: sandbox.apiToken, body: #"{"id":"\#(SandboxSeed.magentoProfileID)"}"#
            ).token!
            let someoneElse = try await gateway.token(for: SandboxSeed.profileIDs[1])

            let answer = try await Self.revoke(
                gateway, apiToken: sandbox.apiToken, body: #"{"id":"1004993MH","id_handle":"magento_id"}"#)
            #expect(answer.status == 200)
            #expect(try await Self.me(gateway, token: phone) == 401)
            #expect(try await Self.me(gateway, token: tablet) == 401)
            #expect(try await Self.me(gateway, token: someoneElse) == 200)

            // Tokens minted in the same second are revoked too (documented); later ones work.
            try await Task.sleep(for: .milliseconds(1100))
            let fresh = try await Self.mintByIdentity(gateway, sandbox)
            #expect(try await Self.me(gateway, token: fresh) == 200)

            // By profile id as well.
            #expect(
                try await Self.revoke(
                    gateway, apiToken: sandbox.apiToken, body: #"{"id":"\#(SandboxSeed.magentoProfileID)"}"#
                ).status == 200)
            #expect(try await Self.me(gateway, token: fresh) == 401)
        }
    }

    @Test func refusesWhatItCannotRevoke() async throws {
        try await TokenRouteTests.withSandboxGateway { sandbox, gateway in
            let token = try await Self.mintByIdentity(gateway, sandbox)
            let cases: [(body: String, status: UInt, field: String?)] = [
                ("{}", 422, "token"),
                (#"{"token":"not.a.token"}"#, 422, "token"),
                (#"{"token":42}"#, 422, "token"),
                (#"{"token":"\#(token)","id":"1004993MH"}"#, 422, "token"),
                (#"{"id":"1004993MH","id_handle":"magento_id","extra":1}"#, 422, "extra"),
                (#"{"id":"does-not-exist"}"#, 404, nil),
                (#"{"id":"nobody","id_handle":"magento_id"}"#, 404, nil),
            ]
            for (body, status, field) in cases {
                let answer = try await Self.revoke(gateway, apiToken: sandbox.apiToken, body: body)
                #expect(answer.status == status, "\(body)")
                if let field {
                    #expect((answer.json["errors"] as? [String: Any])?[field] != nil, "\(body): \(answer.body)")
                }
            }
            // Without the API token, or with an ID token in its place: 401, and nothing revoked.
            #expect(try await Self.revoke(gateway, apiToken: nil, body: #"{"token":"\#(token)"}"#).status == 401)
            #expect(try await Self.revoke(gateway, apiToken: token, body: #"{"token":"\#(token)"}"#).status == 401)
            #expect(try await Self.me(gateway, token: token) == 200)
        }
    }

    @Test func otherMethodsAre405() async throws {
        try await TokenRouteTests.withSandboxGateway { sandbox, gateway in
            var request = HTTPClientRequest(url: "\(gateway.baseURL)/auth/revoke")
            request.method = .GET
            request.headers.add(name: "Authorization", value: "Bearer \(sandbox.apiToken)")
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
            _ = try await response.body.collect(upTo: 1 << 20)
            #expect(response.status.code == 405)
            #expect(response.headers["Allow"] == ["POST"])
        }
    }
}
