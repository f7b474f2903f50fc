import Glibc

/// How a child process ended: its exit status, or the signal that killed it (Foundation's
/// `terminationStatus` gave both as one number, so a crash by signal 2 read as `exit(2)`).
///
/// An integer literal is an exit status: `#expect(await gateway.stop() == 0)` holds only when
/// the process exited with status 0, never when a signal killed it.
public enum ChildExit: Sendable, Hashable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    case exited(Int32)
    case killedBySignal(Int32)
    /// `waitpid` failed (`errno`): the status is unknown (someone else reaped the child).
    case unknown(errno: Int32)

    public init(integerLiteral status: Int32) { self = .exited(status) }

    /// Decodes a `waitpid` status (`WIFEXITED`/`WEXITSTATUS`/`WTERMSIG`, which Swift does not import).
    init(waitStatus status: Int32) {
        let signal = status & 0x7f
        self = signal == 0 ? .exited((status >> 8) & 0xff) : .killedBySignal(signal)
    }

    public var description: String {
        switch self {
        case .exited(let status): "exit status \(status)"
        case .killedBySignal(let signal): "killed by signal \(signal) (\(String(cString: strsignal(signal))))"
        case .unknown(let error): "unknown (waitpid failed: \(String(cString: strerror(error))))"
        }
    }
}
