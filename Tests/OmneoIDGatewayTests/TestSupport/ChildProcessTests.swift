import Foundation
import OmneoTestSupport
import Testing

/// The tests' process launcher (posix_spawn, not Foundation's `Process`): exit statuses and
/// signals told apart, no descriptor of the test process leaked into the child, default signal
/// state, working directory, environment and captured output, and no child left running.
@Suite struct ChildProcessTests {
    /// Waits (suspending) until `condition` holds, for up to 20 s.
    static func eventually(_ condition: () -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + .seconds(20)
        while !condition() {
            guard ContinuousClock.now < deadline else { return false }
            try await Task.sleep(for: .milliseconds(20))
        }
        return true
    }

    @Test func anExitStatusAndAKillingSignalAreToldApart() async throws {
        let exiting = try ChildProcess("/bin/sh", ["-c", "exit 3"], environment: [:])
        #expect(await exiting.waitForExit() == .exited(3))
        #expect(exiting.exit == 3)

        let sleeping = try ChildProcess("/bin/sleep", ["30"], environment: [:])
        #expect(sleeping.isRunning)
        #expect(await sleeping.waitForExit(within: .milliseconds(200)) == nil)
        sleeping.send(SIGTERM)
        let exit = await sleeping.waitForExit()
        #expect(exit == .killedBySignal(SIGTERM))
        #expect(exit != .exited(SIGTERM))
        #expect(!sleeping.isRunning)
    }

    @Test func aPipeOfTheTestProcessIsNotHeldOpenByTheChild() async throws {
        // A pipe without close-on-exec: Foundation's Process closed it in the child, and so must
        // the launcher, or the reader never sees the end of the pipe while the child runs.
        var ends: [Int32] = [-1, -1]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]) }
        let child = try ChildProcess("/bin/sleep", ["30"], environment: [:])
        close(ends[1])
        var entry = pollfd(fd: ends[0], events: Int16(POLLIN), revents: 0)
        try #require(try await Self.eventually { poll(&entry, 1, 0) == 1 }, "the child holds the pipe's write end")
        var byte: UInt8 = 0
        #expect(read(ends[0], &byte, 1) == 0)
        child.send(SIGKILL)
        #expect(await child.waitForExit() == .killedBySignal(SIGKILL))
    }

    @Test func theChildStartsWithDefaultSignalsInItsDirectoryWithItsEnvironment() async throws {
        signal(SIGPIPE, SIG_IGN)  // as servers and test processes commonly do: not for the child
        let script = #"pwd; echo "$GREETING"; grep -E '^Sig(Ign|Blk):' /proc/self/status; echo oops >&2"#
        let child = try ChildProcess(
            "/bin/sh", ["-c", script], environment: ["GREETING": "hello", "PATH": "/usr/bin:/bin"], directory: "/usr",
            standardOutput: .capture, standardError: .capture)
        #expect(await child.waitForExit() == 0)
        #expect(try await Self.eventually { child.standardOutput.contains("SigIgn") && child.standardError == "oops\n" })
        let lines = child.standardOutput.split(separator: "\n")
        #expect(lines.prefix(2) == ["/usr", "hello"])
        let masks = Dictionary(uniqueKeysWithValues: lines.dropFirst(2).map {
            (String($0.split(separator: ":")[0]), UInt64($0.split(separator: "\t")[1], radix: 16) ?? .max)
        })
        #expect(masks["SigBlk"] == 0)
        // Signals 1–31 (bits 0–30); glibc's own real-time signals 32 and 33 cannot be reset.
        #expect(masks["SigIgn"].map { $0 & 0x7fff_ffff } == 0, "\(child.standardOutput)")
    }

    @Test func standardErrorCanFollowStandardOutputIntoAFile() async throws {
        let file = NSTemporaryDirectory() + "child-process-\(UUID().uuidString).log"
        defer { try? FileManager.default.removeItem(atPath: file) }
        let child = try ChildProcess(
            "/bin/sh", ["-c", "echo one; echo two >&2; echo three"], environment: [:],
            standardOutput: .file(file), standardError: .standardOutput)
        #expect(await child.waitForExit() == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "one\ntwo\nthree\n")
    }

    @Test func aChildStillRunningWhenItsLastReferenceGoesIsKilled() async throws {
        var child: ChildProcess? = try ChildProcess("/bin/sleep", ["30"], environment: [:])
        let pid = child!.pid
        #expect(kill(pid, 0) == 0)
        child = nil
        // Killed and reaped: the pid names no process any more.
        #expect(try await Self.eventually { kill(pid, 0) == -1 && errno == ESRCH })
    }

    @Test func aMissingExecutableFailsToLaunch() {
        #expect(throws: ChildProcessError.self) {
            try ChildProcess("/nonexistent/omneo-id", environment: [:])
        }
    }
}
