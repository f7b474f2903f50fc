import Foundation
import Synchronization

/// Starts child processes one at a time. Foundation's `Process.run()` crashed once inside
/// its own spawn (a `memcpy` from a bad pointer) while other tests started processes on
/// other threads at the same moment; launching under one lock removes that race. The lock
/// is held only for the synchronous `run()` call, never across an `await`.
public enum ProcessLaunch {
    private static let lock = Mutex(())

    /// `process.run()`, serialised with every other launch in this test process.
    public static func run(_ process: Process) throws {
        try lock.withLock { _ in try process.run() }
    }
}
