import Foundation

/// One run of the `omneo-id` executable (next to the test bundle) to its end: what it wrote
/// to standard output and standard error, and its exit status.
public struct CommandRun: Sendable {
    public let status: Int32
    public let standardOutput: String
    public let standardError: String

    /// The non-empty lines of standard error.
    public var errorLines: [String] { standardError.split(separator: "\n").map(String.init) }

    /// Runs `omneo-id arguments…` with `environment` (added to a clean one); killed after `timeout`.
    public static func omneoID(
        _ arguments: [String], environment: [String: String] = [:], timeout: Duration = .seconds(60)
    ) async throws -> CommandRun {
        let process = Process()
        process.executableURL = GatewayProcess.executable
        process.arguments = arguments
        var env = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        env.merge(environment) { $1 }
        process.environment = env
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        let out = OutputBuffer()
        let err = OutputBuffer()
        output.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            if !data.isEmpty { out.text.withLock { $0 += String(decoding: data, as: UTF8.self) } }
        }
        error.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            if !data.isEmpty { err.text.withLock { $0 += String(decoding: data, as: UTF8.self) } }
        }
        try process.run()
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            if ContinuousClock.now > deadline {
                kill(process.processIdentifier, SIGKILL)
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        // Let the readability handlers drain what is left in the pipes.
        try await Task.sleep(for: .milliseconds(50))
        output.fileHandleForReading.readabilityHandler = nil
        error.fileHandleForReading.readabilityHandler = nil
        let restOut = output.fileHandleForReading.readDataToEndOfFile()
        let restErr = error.fileHandleForReading.readDataToEndOfFile()
        out.text.withLock { $0 += String(decoding: restOut, as: UTF8.self) }
        err.text.withLock { $0 += String(decoding: restErr, as: UTF8.self) }
        return CommandRun(
            status: process.terminationStatus, standardOutput: out.text.withLock { $0 },
            standardError: err.text.withLock { $0 })
    }
}
