import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import OmneoIDConfiguration
import OmneoModels
import OmneoTestSupport

/// Calls `POST /id/api/v1/profiles` on a gateway and reads profiles back from the sandbox.
enum FindOrCreate {
    struct Answer: Sendable {
        let status: UInt
        let headers: [(name: String, value: String)]
        let body: String

        /// `errors` of a 422 body, or `nil`.
        var errors: [String: [String]]? {
            (try? JSONDecoder().decode(ErrorBody.self, from: Data(body.utf8)))?.errors
        }

        /// Every header except the per-request `X-Request-Id` and the clock's `Date` (names
        /// lower-cased, in order).
        var stableHeaders: [String] {
            headers.filter { $0.name != "x-request-id" && $0.name != "date" }.map { "\($0.name): \($0.value)" }
        }
    }

    static let success = #"{"data":{"success":true}}"#

    /// Sends `json` (raw text) with `token` (none when `nil`).
    static func post(_ gateway: GatewayHarness, _ json: String, token: String?) async throws -> Answer {
        var request = HTTPClientRequest(url: gateway.baseURL + "/profiles")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        request.body = .bytes(ByteBuffer(string: json))
        // Generous: the 50-way concurrency test queues behind one lock, and CI machines can be busy.
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(120))
        let body = try await response.body.collect(upTo: 1 << 20)
        return Answer(
            status: response.status.code, headers: response.headers.map { (name: $0.name.lowercased(), value: $0.value) },
            body: String(buffer: body))
    }

    /// Sends `object` encoded as JSON.
    static func post(_ gateway: GatewayHarness, _ object: [String: Any], token: String?) async throws -> Answer {
        let data = try JSONSerialization.data(withJSONObject: object)
        return try await post(gateway, String(decoding: data, as: UTF8.self), token: token)
    }

    /// Profiles the sandbox lists for `filter[field]=value` (value percent-encoded here).
    static func profiles(_ sandbox: SandboxHarness, _ field: String, _ value: String) async throws -> [Profile] {
        let encoded = value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? value
        let response = try await sandbox.request(.GET, "/profiles?filter%5B\(field)%5D=\(encoded)")
        return try response.decode(PageEnvelope<Profile>.self).data
    }

    /// Total number of profiles in the sandbox.
    static func count(_ sandbox: SandboxHarness) async throws -> Int {
        try await sandbox.request(.GET, "/profiles?page%5Bsize%5D=1").decode(PageEnvelope<Profile>.self).meta.total
    }

    /// Creates a profile directly in the sandbox; returns its id.
    static func seed(_ sandbox: SandboxHarness, _ object: [String: Any]) async throws -> String {
        let data = try JSONSerialization.data(withJSONObject: object)
        let response = try await sandbox.request(.POST, "/profiles", json: String(decoding: data, as: UTF8.self))
        guard response.status == 201 else { throw FixtureError.seedFailed(response.text) }
        return try response.decode(DataEnvelope<Profile>.self).data.id.rawValue
    }

    enum FixtureError: Error {
        case seedFailed(String)
    }

    /// A gateway in front of a fresh, unseeded sandbox; both stopped afterwards.
    static func withSandbox(
        _ body: (SandboxHarness, GatewayHarness, _ anonymous: String) async throws -> Void
    ) async throws {
        let sandbox = try await SandboxHarness(seed: false)
        let gateway = try await GatewayHarness(upstreamURL: sandbox.baseURL, upstreamToken: sandbox.apiToken)
        try await stopping(gateway, sandbox) {
            try await body(sandbox, gateway, try await gateway.anonymousToken())
        }
    }

    /// A gateway in front of a recording upstream; both stopped afterwards.
    static func withRecording(
        handler: @escaping RecordingUpstream.Handler = RecordingUpstream.echo,
        configure: @escaping (inout OmneoIDSettings) -> Void = { _ in },
        _ body: (RecordingUpstream, GatewayHarness, _ anonymous: String) async throws -> Void
    ) async throws {
        let upstream = try await RecordingUpstream(handler: handler)
        let gateway = try await GatewayHarness(upstreamURL: upstream.baseURL, configure: configure)
        try await stopping(gateway, upstream) {
            try await body(upstream, gateway, try await gateway.anonymousToken())
        }
    }
}
