import Foundation
import Logging
import NIOHTTP1
import OmneoTestSupport
import Synchronization
import Testing

@testable import OmneoIDGateway

/// What operators read: JSON log lines with typed values, one request id and the client's
/// address; metrics with `# HELP`, `process_*` and the build info.
@Suite struct OperatorOutputTests {
    @Test func jsonAccessLinesAreTypedWithMillisecondsOneRequestIDAndTheClient() async throws {
        let lines = Mutex<[String]>([])
        let logger = Logger(label: "omneo-id") { label in
            JSONLogHandler(label: label) { line in lines.withLock { $0.append(line) } }
        }
        try await Operations.withGateway(logger: logger) { _, gateway in
            let answer = try await Operations.send(
                .GET, "http://127.0.0.1:\(gateway.port)/health/live", headers: [("X-Request-Id", "req-check-1")])
            #expect(answer.status == 200)
        }
        let access = try #require(lines.withLock { $0 }.first { $0.contains(#""message":"request""#) })
        let event = try #require(try JSONSerialization.jsonObject(with: Data(access.utf8)) as? [String: Any])
        #expect(event["status"] as? Int == 200)
        #expect(event["duration_ms"] is NSNumber)
        #expect(!(event["duration_ms"] is String))
        #expect(event["request_id"] as? String == "req-check-1")
        #expect(event["hb.request.id"] == nil)
        #expect(event["client"] as? String == "127.0.0.1")
        let ts = try #require(event["ts"] as? String)
        #expect(ts.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/) != nil, "\(ts)")
    }

    @Test func metricsCarryHelpProcessMetricsAndBuildInfo() async throws {
        try await MetricsTests.withAdmin { _, gateway, adminPort in
            _ = try await Operations.send(.GET, gateway.baseURL + "/profiles/me")
            let text = try await MetricsTests.scrape(adminPort)
            #expect(text.contains("# HELP omneo_id_http_requests_total "))
            #expect(text.contains("# HELP omneo_id_http_request_duration_seconds "))
            #expect(text.contains("omneo_id_build_info{version=\"\(BuildInfo.version)\"} 1"))
            for name in [
                "process_cpu_seconds_total", "process_resident_memory_bytes", "process_open_fds", "process_max_fds",
                "process_start_time_seconds",
            ] {
                #expect(text.contains("# HELP \(name) "), "\(name)")
                let value = Operations.value(text, name)
                #expect(value != nil && value! > 0, "\(name) = \(String(describing: value))")
            }
            let start = try #require(Operations.value(text, "process_start_time_seconds"))
            #expect(abs(start - Date().timeIntervalSince1970) < 3600)
        }
    }
}
