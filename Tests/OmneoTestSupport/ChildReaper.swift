import Foundation
import Synchronization

/// Waits for one child's exit on a thread of its own (a blocking `waitid`, never on a NIO or
/// Swift-concurrency thread) and hands its `ChildExit` to whoever awaits it.
///
/// The child stays a zombie until the reaper holds its lock, and signals are sent under the
/// same lock: a signal never reaches another process that was given the pid after the child's end.
final class ChildReaper: Sendable {
    private struct State {
        var exit: ChildExit?
        var waiters: [UInt64: CheckedContinuation<ChildExit?, Never>] = [:]
        var nextWaiter: UInt64 = 0
    }

    let pid: pid_t
    private let state = Mutex(State())

    init(pid: pid_t) {
        self.pid = pid
        let thread = Thread { [self] in reap() }
        thread.name = "reaper \(pid)"
        thread.start()
    }

    private func reap() {
        var info = siginfo_t()
        // Wait for the end without reaping (WNOWAIT): the pid stays the child's until below.
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) == -1, errno == EINTR {}
        let waiters = state.withLock { state in
            var status: Int32 = 0
            var reaped: pid_t
            repeat { reaped = waitpid(pid, &status, WNOHANG) } while reaped == -1 && errno == EINTR
            let exit = reaped == pid ? ChildExit(waitStatus: status) : .unknown(errno: reaped == 0 ? EAGAIN : errno)
            state.exit = exit
            defer { state.waiters = [:] }
            return state.waiters.values.map { ($0, exit) }
        }
        for (waiter, exit) in waiters { waiter.resume(returning: exit) }
    }

    /// How the child ended, or `nil` while it runs.
    var exit: ChildExit? { state.withLock { $0.exit } }

    /// Sends `signal` unless the child has been reaped; `false` when it was not sent.
    @discardableResult
    func send(_ signal: Int32) -> Bool {
        state.withLock { state in state.exit == nil && kill(pid, signal) == 0 }
    }

    /// The child's exit, or `nil` when `limit` passes first (never when `limit` is `nil`).
    func waitForExit(within limit: Duration?) async -> ChildExit? {
        await withCheckedContinuation { continuation in
            let waiter: UInt64? = state.withLock { state in
                guard state.exit == nil else { return nil }
                let id = state.nextWaiter
                state.nextWaiter += 1
                state.waiters[id] = continuation
                return id
            }
            guard let waiter else { return continuation.resume(returning: exit) }
            guard let limit else { return }
            Task {
                try? await Task.sleep(for: limit)
                let expired = state.withLock { $0.waiters.removeValue(forKey: waiter) }
                expired?.resume(returning: nil)
            }
        }
    }
}
