import Foundation

/// A real `omneo-id` process (the binary built next to the tests), for multi-replica and
/// signal tests.
public final class GatewayProcess: Sendable {
    /// Standard output and standard error go to one captured pipe.
    private let child: ChildProcess
    public let port: Int

    /// The `omneo-id` executable next to the test bundle.
    public static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("omneo-id")
    }

    /// Starts `omneo-id serve` with `environment` (added to a clean one) on an ephemeral
    /// port and waits until it announces its URL.
    public init(environment: [String: String], timeout: Duration = .seconds(30)) async throws {
        var env = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        env.merge(environment) { $1 }
        let child = try ChildProcess(
            Self.executable.path, ["serve", "--port", "0", "--admin-port", "0"], environment: env,
            standardOutput: .capture, standardError: .standardOutput)
        self.child = child
        let start = ContinuousClock.now
        while true {
            let text = child.standardOutput
            if let range = text.range(of: "Omneo ID gateway: http://127.0.0.1:"),
                let port = Int(text[range.upperBound...].prefix { $0.isNumber })
            {
                self.port = port
                break
            }
            guard child.isRunning, ContinuousClock.now - start < timeout else {
                child.send(SIGKILL)
                throw GatewayProcessError.didNotStart(output: text)
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    public var baseURL: String { "http://127.0.0.1:\(port)/id/api/v1" }

    /// Everything the process has written so far, standard output and standard error (logs).
    public var output: String { child.standardOutput }

    /// Sends `signal` (e.g. `SIGHUP`) to the process.
    public func send(_ signal: Int32) {
        child.send(signal)
    }

    /// Stops the process with SIGTERM and returns how it ended.
    @discardableResult
    public func stop() async -> ChildExit {
        child.send(SIGTERM)
        return await child.waitForExit()
    }

    /// Sends SIGTERM and waits up to `limit` for the process to exit: how it ended, or `nil`
    /// when it was still running then (it is then killed with SIGKILL, so no test leaves a
    /// process behind).
    public func stop(within limit: Duration) async -> ChildExit? {
        child.send(SIGTERM)
        if let exit = await child.waitForExit(within: limit) { return exit }
        child.send(SIGKILL)
        _ = await child.waitForExit()
        return nil
    }
}

public enum GatewayProcessError: Error {
    case didNotStart(output: String)
}
