import Foundation
import Synchronization

/// A real `omneo-id` process (the binary built next to the tests), for multi-replica and
/// signal tests.
public final class GatewayProcess: Sendable {
    private let process: Process
    private let buffer: OutputBuffer
    public let port: Int

    /// The `omneo-id` executable next to the test bundle.
    public static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("omneo-id")
    }

    /// Starts `omneo-id serve` with `environment` (added to a clean one) on an ephemeral
    /// port and waits until it announces its URL.
    public init(environment: [String: String], timeout: Duration = .seconds(30)) async throws {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["serve", "--port", "0", "--admin-port", "0"]
        var env = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        env.merge(environment) { $1 }
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        let output = OutputBuffer()
        pipe.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            if !data.isEmpty { output.text.withLock { $0 += String(decoding: data, as: UTF8.self) } }
        }
        try process.run()
        self.process = process
        self.buffer = output
        let start = ContinuousClock.now
        while true {
            let text = output.text.withLock { $0 }
            if let range = text.range(of: "Omneo ID gateway: http://127.0.0.1:"),
                let port = Int(text[range.upperBound...].prefix { $0.isNumber })
            {
                self.port = port
                break
            }
            guard process.isRunning, ContinuousClock.now - start < timeout else {
                process.terminate()
                throw GatewayProcessError.didNotStart(output: text)
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    public var baseURL: String { "http://127.0.0.1:\(port)/id/api/v1" }

    /// Everything the process has written so far, standard output and standard error (logs).
    public var output: String { buffer.text.withLock { $0 } }

    /// Sends `signal` (e.g. `SIGHUP`) to the process.
    public func send(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// Stops the process with SIGTERM and returns its exit status.
    @discardableResult
    public func stop() async -> Int32 {
        if process.isRunning { process.terminate() }
        while process.isRunning { try? await Task.sleep(for: .milliseconds(20)) }
        return process.terminationStatus
    }

    /// Sends SIGTERM and waits up to `limit` for the process to exit: its exit status, or
    /// `nil` when it was still running then (it is then killed with SIGKILL, so no test
    /// leaves a process behind).
    public func stop(within limit: Duration) async -> Int32? {
        if process.isRunning { process.terminate() }
        let deadline = ContinuousClock.now + limit
        while process.isRunning {
            guard ContinuousClock.now < deadline else {
                kill(process.processIdentifier, SIGKILL)
                while process.isRunning { try? await Task.sleep(for: .milliseconds(20)) }
                return nil
            }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return process.terminationStatus
    }
}

public enum GatewayProcessError: Error {
    case didNotStart(output: String)
}

/// What a process has written so far.
final class OutputBuffer: Sendable {
    let text = Mutex("")
}
