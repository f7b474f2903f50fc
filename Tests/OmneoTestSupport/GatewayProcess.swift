import Foundation

/// A real `omneo-id` process (the binary built next to the tests), for multi-replica and
/// signal tests.
public final class GatewayProcess: Sendable {
    private let process: Process
    /// Where the process writes standard output and standard error: a file, not a pipe, so
    /// no dispatch source (readability handler) outlives or races the process (libdispatch
    /// crashed the test process when many pipes were torn down).
    private let outputFile: URL
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
        let outputFile = FileManager.default.temporaryDirectory.appendingPathComponent("omneo-id-process-\(UUID().uuidString).log")
        FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        let handle = try FileHandle(forWritingTo: outputFile)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        try? handle.close()  // the child has its own copy
        self.process = process
        self.outputFile = outputFile
        let start = ContinuousClock.now
        while true {
            let text = Self.read(outputFile)
            if let range = text.range(of: "Omneo ID gateway: http://127.0.0.1:"),
                let port = Int(text[range.upperBound...].prefix { $0.isNumber })
            {
                self.port = port
                break
            }
            guard process.isRunning, ContinuousClock.now - start < timeout else {
                process.terminate()
                try? FileManager.default.removeItem(at: outputFile)
                throw GatewayProcessError.didNotStart(output: text)
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: outputFile)
    }

    private static func read(_ file: URL) -> String {
        String(decoding: (try? Data(contentsOf: file)) ?? Data(), as: UTF8.self)
    }

    public var baseURL: String { "http://127.0.0.1:\(port)/id/api/v1" }

    /// Everything the process has written so far, standard output and standard error (logs).
    public var output: String { Self.read(outputFile) }

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
