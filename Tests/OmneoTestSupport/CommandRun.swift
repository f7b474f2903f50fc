import Foundation

/// One run of a command to its end: what it wrote to standard output and standard error, and
/// how it ended.
public struct CommandRun: Sendable {
    public let status: ChildExit
    public let standardOutput: String
    public let standardError: String

    /// The non-empty lines of standard error.
    public var errorLines: [String] { standardError.split(separator: "\n").map(String.init) }

    /// Runs `omneo-id arguments…` (the executable next to the test bundle) with `environment`
    /// (added to a clean one); killed after `timeout`.
    public static func omneoID(
        _ arguments: [String], environment: [String: String] = [:], timeout: Duration = .seconds(60)
    ) async throws -> CommandRun {
        var env = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        env.merge(environment) { $1 }
        return try await run(GatewayProcess.executable.path, arguments, environment: env, timeout: timeout)
    }

    /// Runs `executable arguments…` with exactly `environment`, in `directory` (or the test
    /// process's); killed with SIGKILL after `timeout`.
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String], directory: String? = nil,
        timeout: Duration = .seconds(60)
    ) async throws -> CommandRun {
        // Files, not pipes: nothing is lost when it exits, and a daemon it starts cannot keep
        // the run from ending by holding a pipe open.
        let files = FileManager.default.temporaryDirectory.appendingPathComponent("omneo-id-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: files) }
        let outputPath = files.appendingPathComponent("stdout").path
        let errorPath = files.appendingPathComponent("stderr").path
        let child = try ChildProcess(
            executable, arguments, environment: environment, directory: directory,
            standardOutput: .file(outputPath), standardError: .file(errorPath))
        let status: ChildExit
        if let exit = await child.waitForExit(within: timeout) {
            status = exit
        } else {
            child.send(SIGKILL)
            status = await child.waitForExit()
        }
        let read = { (path: String) in String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self) }
        return CommandRun(status: status, standardOutput: read(outputPath), standardError: read(errorPath))
    }
}
