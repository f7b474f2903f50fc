import AsyncHTTPClient
import Crypto
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import OmneoIDConfiguration
import OmneoIDGateway
import OmneoTestSupport
import Synchronization

/// Helpers shared by the operations tests (CORS, rate limits, metrics, access logs).
enum Operations {
    static let profileID = "0b7e9a4c-1d2f-4e5a-8b6c-7d8e9f0a1b2c"
    static let otherProfileID = "1c8f0b5d-2e3a-4f6b-9c7d-8e9fa0b1c2d3"

    struct Answer: Sendable {
        let status: UInt
        let headers: HTTPHeaders
        let body: String

        func header(_ name: String) -> String? { headers.first(name: name) }
        /// Every value of `name`, split at commas and trimmed.
        func list(_ name: String) -> [String] {
            headers[name].flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        }
    }

    /// One request over a real socket.
    static func send(
        _ method: HTTPMethod, _ url: String, token: String? = nil, headers: [(String, String)] = [], body: String? = nil
    ) async throws -> Answer {
        let answer = try await TestHTTP.send(
            method, url, token: token, headers: headers, body: body, contentType: "application/json")
        return Answer(status: answer.status, headers: answer.headers, body: String(buffer: answer.body))
    }

    /// A recording upstream and a gateway in front of it, stopped afterwards whatever happens.
    static func withGateway(
        handler: @escaping RecordingUpstream.Handler = RecordingUpstream.echo,
        admin: AdminServer? = nil, logger: Logger? = nil,
        configure: @escaping (inout OmneoIDSettings) -> Void = { _ in },
        _ body: (RecordingUpstream, GatewayHarness) async throws -> Void
    ) async throws {
        let upstream = try await RecordingUpstream(handler: handler)
        let gateway: GatewayHarness
        do {
            gateway = try await GatewayHarness(upstreamURL: upstream.baseURL, admin: admin, logger: logger, configure: configure)
        } catch {
            await upstream.stop()
            throw error
        }
        try await stopping(gateway, upstream) {
            try await body(upstream, gateway)
        }
    }

    /// The value of one series (`name{labels}` exactly as written) in a Prometheus text exposition.
    static func value(_ text: String, _ series: String) -> Double? {
        for line in text.split(separator: "\n") where line.hasPrefix(series + " ") {
            return Double(line.dropFirst(series.count + 1))
        }
        return nil
    }

    /// Hex SHA-256, as `OMNEO_ID_API_TOKEN_SHA256` lists API tokens.
    static func sha256Hex(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

/// A swift-log handler keeping every line (level, message and all metadata) in memory.
struct CapturingLogHandler: LogHandler {
    final class Store: Sendable {
        let lines = Mutex<[String]>([])
        var text: String { lines.withLock { $0.joined(separator: "\n") } }
    }

    let store: Store
    var logLevel: Logger.Level = .trace
    var metadata: Logger.Metadata = [:]
    var metadataProvider: Logger.MetadataProvider?

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(metadataProvider?.get() ?? [:]) { $1 }.merging(event.metadata ?? [:]) { $1 }
        let fields = merged.keys.sorted().map { "\($0)=\(merged[$0]!)" }.joined(separator: " ")
        let error = event.error.map { " error=\(String(reflecting: $0))" } ?? ""
        let line = "\(event.level) \(event.message) \(fields)\(error) [\(event.source) \(event.file):\(event.line)]"
        store.lines.withLock { $0.append(line) }
    }

    /// A logger writing into `store`, at every level.
    static func logger(_ store: Store) -> Logger {
        Logger(label: "captured") { _ in CapturingLogHandler(store: store) }
    }
}
