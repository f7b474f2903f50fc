import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Musl)
private let systemWrite = Musl.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif

/// Whole log lines to a file descriptor (standard error), buffered.
///
/// swift-log's `StreamLogHandler.standardError` takes the `FILE` lock and makes one
/// unbuffered `write(2)` per line, on the event loop that logs it; with the access log on
/// (`OMNEO_ID_LOG_LEVEL=info`, one line per request) that lock and syscall cost 20–50 % of
/// the throughput (docs/PERFORMANCE.md §6). Here `trace`, `debug` and `info` lines are
/// collected and written in one call once 32 KiB are pending or at the latest after
/// ``flushInterval`` (see ``startPeriodicFlush()``); any other line (`notice` and above)
/// is written at once, together with everything pending before it, so order is kept and
/// problems are never delayed. Pending lines are written at normal process exit (`atexit`).
public final class LogLineWriter: Sendable {
    /// The process's standard error.
    public static let standardError = LogLineWriter(fileDescriptor: 2)
    /// The longest an `info` line waits in the buffer.
    public static let flushInterval: Duration = .milliseconds(200)
    static let flushThreshold = 32 * 1024

    private let fileDescriptor: Int32
    private let pending = Mutex<[UInt8]>([])

    init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
    }

    /// Appends `line` (which ends in a newline); writes out now when `urgent` or when enough is pending.
    public func write(_ line: String, urgent: Bool) {
        pending.withLock { buffer in
            buffer.append(contentsOf: line.utf8)
            if urgent || buffer.count >= Self.flushThreshold {
                Self.drain(&buffer, to: fileDescriptor)
            }
        }
    }

    /// Writes out everything pending.
    public func flush() {
        pending.withLock { Self.drain(&$0, to: fileDescriptor) }
    }

    private static func drain(_ buffer: inout [UInt8], to fileDescriptor: Int32) {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = systemWrite(fileDescriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    break  // Nowhere to report a failing log stream; drop, as stdio would.
                }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes ``standardError`` every ``flushInterval`` for the life of the process, and at exit.
    /// Call once, after the logging system is bootstrapped.
    public static func startPeriodicFlush() {
        atexit { LogLineWriter.standardError.flush() }
        Task.detached(priority: .background) {
            while true {
                try? await Task.sleep(for: flushInterval)
                standardError.flush()
            }
        }
    }
}
