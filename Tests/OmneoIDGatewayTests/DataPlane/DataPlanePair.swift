import Foundation
import Logging
import OmneoIDConfiguration
import OmneoTestSupport
import Testing

@testable import OmneoIDGateway

/// Two gateways in front of one recording upstream, configured alike except for
/// `OMNEO_ID_DATA_PLANE` (on / off), each with its own metrics registry and captured log.
struct DataPlanePair {
    let upstream: RecordingUpstream
    let on: GatewayHarness
    let off: GatewayHarness
    let onAdmin: AdminServer
    let offAdmin: AdminServer
    let onLog: CapturingLogHandler.Store
    let offLog: CapturingLogHandler.Store

    static let apiToken = "data-plane-api-token-0123456789"

    /// Runs `body` with a pair; everything is stopped afterwards, whatever happens.
    static func with(
        handler: @escaping RecordingUpstream.Handler = RecordingUpstream.echo,
        upstreamURL: String? = nil,
        configure: @escaping (inout OmneoIDSettings) -> Void = { _ in },
        _ body: (DataPlanePair) async throws -> Void
    ) async throws {
        let upstream = try await RecordingUpstream(handler: handler)
        let upstreamURL = upstreamURL ?? upstream.baseURL
        let (onAdmin, offAdmin) = (AdminServer(), AdminServer())
        let (onLog, offLog) = (CapturingLogHandler.Store(), CapturingLogHandler.Store())
        func settings(dataPlane: Bool) -> (inout OmneoIDSettings) -> Void {
            { settings in
                settings.authMode = .staticHashes([Operations.sha256Hex(apiToken)])
                configure(&settings)
                settings.dataPlane = dataPlane
            }
        }
        var started: [GatewayHarness] = []
        do {
            let on = try await GatewayHarness(
                upstreamURL: upstreamURL, admin: onAdmin, logger: CapturingLogHandler.logger(onLog),
                configure: settings(dataPlane: true))
            started.append(on)
            let off = try await GatewayHarness(
                upstreamURL: upstreamURL, admin: offAdmin, logger: CapturingLogHandler.logger(offLog),
                configure: settings(dataPlane: false))
            started.append(off)
            try await body(
                DataPlanePair(upstream: upstream, on: on, off: off, onAdmin: onAdmin, offAdmin: offAdmin, onLog: onLog, offLog: offLog))
        } catch {
            for gateway in started { await gateway.stop() }
            await upstream.stop()
            throw error
        }
        for gateway in started { await gateway.stop() }
        await upstream.stop()
    }

    /// Sends the same raw request (each gateway's own token for the same profile) to both
    /// gateways, one after the other (on first), and expects the same answer; returns both.
    @discardableResult
    func both(
        _ path: String, method: String = "GET", token: (on: String, off: String)? = nil, headers: [String] = [],
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> (on: RawHTTP.Response, off: RawHTTP.Response) {
        func request(_ port: Int, _ token: String?) -> String {
            var lines = ["\(method) \(Gateway.basePath)\(path) HTTP/1.1", "Host: gateway.test"]
            if let token { lines.append("Authorization: Bearer \(token)") }
            lines += headers
            lines.append("Connection: close")
            return lines.joined(separator: "\r\n") + "\r\n\r\n"
        }
        let on = try await RawHTTP.send(request(on.port, token?.on), port: on.port)
        let off = try await RawHTTP.send(request(off.port, token?.off), port: off.port)
        Self.expectSame(on, off, sourceLocation: sourceLocation)
        return (on, off)
    }

    /// Status, headers in order (`Date`, `X-Request-Id` and `Age` values aside, and a rate
    /// limit's `Retry-After` of minutes, which moves between the two requests) and body must be the same.
    static func expectSame(_ on: RawHTTP.Response, _ off: RawHTTP.Response, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(on.status == off.status, sourceLocation: sourceLocation)
        #expect(normalised(on.headers) == normalised(off.headers), sourceLocation: sourceLocation)
        #expect(on.bodyText == off.bodyText, sourceLocation: sourceLocation)
    }

    static func normalised(_ headers: [(name: String, value: String)]) -> [String] {
        headers.map { header in
            switch header.name {
            case "date", "x-request-id": return header.name + ": …"
            case "age", "retry-after" where Int(header.value) ?? 0 > 60:
                // Seconds that move with the clock between the two requests.
                return header.name + (Int(header.value) != nil ? ": <seconds>" : ": " + header.value)
            default: return header.name + ": " + header.value
            }
        }
    }

    /// Answers the data plane of `admin`'s gateway wrote itself.
    static func dataPlaneAnswers(_ admin: AdminServer) -> Double {
        metric(admin, "omneo_id_data_plane_answers_total") ?? 0
    }

    /// One series of `admin`'s registry (`name{labels}` as exposed).
    static func metric(_ admin: AdminServer, _ series: String) -> Double? {
        var bytes: [UInt8] = []
        admin.registry.emit(into: &bytes)
        return Operations.value(String(decoding: bytes, as: UTF8.self), series)
    }

    /// The access-log lines (`request`), without the values that differ between two processes.
    static func accessLines(_ store: CapturingLogHandler.Store) -> [String] {
        store.lines.withLock { $0 }.filter { $0.contains(" request ") }.map { line in
            line.split(separator: " ").filter {
                !$0.hasPrefix("duration_ms=") && !$0.hasPrefix("hb.request.id=") && !$0.hasPrefix("request_id=")
                    && !$0.hasPrefix("[") && !$0.hasSuffix("]")
            }.joined(separator: " ")
        }
    }

    /// A raw `GET` of `path` (below the base path) for pipelining; `close` adds `Connection: close`.
    static func rawGET(_ path: String, token: String, close: Bool = false) -> String {
        "GET \(Gateway.basePath)\(path) HTTP/1.1\r\nHost: gateway.test\r\nAuthorization: Bearer \(token)\r\n"
            + (close ? "Connection: close\r\n" : "") + "\r\n"
    }

    func token(for profileID: String = Operations.profileID) async throws -> (on: String, off: String) {
        (try await on.token(for: profileID), try await off.token(for: profileID))
    }
}
