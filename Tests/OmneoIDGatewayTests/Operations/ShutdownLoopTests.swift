import AsyncHTTPClient
import Foundation
import OmneoTestSupport
import Testing

/// `omneo-id serve` ends on SIGTERM, every time: all three listeners (gateway, embedded
/// sandbox, admin) stop and the process exits 0 within 5 s, also while requests arrive.
///
/// The hang this guards against struck about 1 stop in 25: with Swift concurrency running on
/// NIO's event loops, swift-async-algorithms' `merge` (behind Hummingbird's date cache and
/// ServiceLifecycle's `cancelOnGracefulShutdown`) held its lock across a re-enqueue onto the
/// same event loop, which then blocked on that lock for good.
@Suite(.serialized) struct ShutdownLoopTests {
    static let rounds = 50

    @Test func serveExitsZeroOnSIGTERMFiftyTimesUnderLightLoad() async throws {
        let directory = NSTemporaryDirectory() + "omneo-id-shutdown-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let environment = [
            "OMNEO_ID_SANDBOX_PORT": "0", "OMNEO_ID_SANDBOX_DB": ":memory:", "OMNEO_ID_DATA_DIR": directory,
            "OMNEO_ID_LOCATIONS_PUBLIC": "true", "OMNEO_ID_LOG_LEVEL": "warning",
        ]
        var failures: [String] = []
        for round in 1...Self.rounds {
            let gateway = try await GatewayProcess(environment: environment)
            // Light load: a few clients keep asking while the signal arrives.
            let load = Task {
                await withTaskGroup(of: Void.self) { group in
                    for path in ["/health/live", "/locations", "/health/ready"] {
                        group.addTask {
                            while !Task.isCancelled {
                                let request = HTTPClientRequest(url: gateway.baseURL + path)
                                if let response = try? await HTTPClient.shared.execute(request, timeout: .seconds(2)) {
                                    _ = try? await response.body.collect(upTo: 1 << 20)
                                } else {
                                    try? await Task.sleep(for: .milliseconds(5))
                                }
                            }
                        }
                    }
                }
            }
            // Long enough for the listeners' once-a-second date-cache timers to tick (the hang
            // needed a tick near the signal), at a random phase against them.
            try await Task.sleep(for: .milliseconds(Int.random(in: 900...1600)))
            let status = await gateway.stop(within: .seconds(5))
            load.cancel()
            await load.value
            if status != 0 {
                let tail = gateway.output.split(separator: "\n").suffix(5).joined(separator: "\n")
                failures.append("round \(round): \(status.map { "\($0)" } ?? "still running after 5 s")\n\(tail)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(Self.rounds) stops failed:\n\(failures.joined(separator: "\n"))")
    }
}
