import Foundation

/// A child process started with `posix_spawn`, for tests: Foundation's `Process.run()` crashed
/// the test process about once in five runs on this toolchain (swift-corelibs-foundation
/// PR #5472: `findMaximumOpenFromProcSelfFD` reads past `dirent.d_name`).
///
/// The child starts with standard input from `/dev/null`, default signal dispositions, an
/// empty signal mask, and no descriptor of the test process but 0–2 (so it holds no pipe's write
/// end or listening socket). A thread of its own reaps it; waiting for its exit suspends, never
/// blocks. When the last reference goes while it still runs (a test threw), it is killed.
public final class ChildProcess: Sendable {
    /// Where standard output or standard error goes.
    public enum Output: Sendable, Equatable {
        /// `/dev/null`.
        case null
        /// A file, created or truncated, opened for appending.
        case file(String)
        /// A pipe read into memory by a thread of its own (`ChildProcess.standardOutput`/`standardError`).
        case capture
        /// Standard error only: wherever standard output goes (one stream, in order).
        case standardOutput
    }

    public var pid: pid_t { reaper.pid }
    private let reaper: ChildReaper
    private let capturedOutput: CapturedOutput?
    private let capturedError: CapturedOutput?

    /// Starts `executable` (a path; no `PATH` search) with `arguments` and exactly `environment`,
    /// in `directory` (or the test process's).
    public init(
        _ executable: String, _ arguments: [String] = [], environment: [String: String], directory: String? = nil,
        standardOutput: Output = .null, standardError: Output = .null
    ) throws {
        precondition(standardOutput != .standardOutput, "standard output cannot go to itself")
        let spawned = try ChildSpawn(
            executable: executable, arguments: arguments, environment: environment, directory: directory,
            standardOutput: standardOutput, standardError: standardError)
        let name = URL(fileURLWithPath: executable).lastPathComponent
        reaper = ChildReaper(pid: spawned.pid)
        capturedOutput = spawned.outputPipe.map { CapturedOutput(reading: $0, name: "\(name) \(spawned.pid) stdout") }
        capturedError = spawned.errorPipe.map { CapturedOutput(reading: $0, name: "\(name) \(spawned.pid) stderr") }
    }

    deinit {
        reaper.send(SIGKILL)
    }

    /// Sends `signal` (e.g. `SIGHUP`) unless the child has ended (and been reaped).
    public func send(_ signal: Int32) {
        reaper.send(signal)
    }

    /// How the child ended, or `nil` while it runs.
    public var exit: ChildExit? { reaper.exit }

    public var isRunning: Bool { exit == nil }

    /// Suspends until the child ends.
    public func waitForExit() async -> ChildExit {
        await reaper.waitForExit(within: nil)!
    }

    /// Suspends until the child ends or `limit` passes: its exit, or `nil` when it still runs.
    public func waitForExit(within limit: Duration) async -> ChildExit? {
        await reaper.waitForExit(within: limit)
    }

    /// What the child wrote to standard output so far (with `.capture`; else empty).
    public var standardOutput: String { capturedOutput?.text ?? "" }

    /// What the child wrote to standard error so far (with `.capture`; else empty).
    public var standardError: String { capturedError?.text ?? "" }
}
