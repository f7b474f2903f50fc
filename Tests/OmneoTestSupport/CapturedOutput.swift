import Foundation
import Synchronization

/// Everything a child writes to a pipe, read by a thread of its own (blocking `read`, never on
/// a NIO or Swift-concurrency thread) until the last writer closes it.
final class CapturedOutput: Sendable {
    private let bytes = Mutex<[UInt8]>([])

    /// Starts reading `descriptor` (the pipe's read end, which it closes at the end).
    init(reading descriptor: Int32, name: String) {
        let thread = Thread { [self] in readToEnd(descriptor) }
        thread.name = name
        thread.start()
    }

    private func readToEnd(_ descriptor: Int32) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes.withLock { $0.append(contentsOf: buffer[..<count]) }
            } else if count < 0, errno == EINTR {
                continue
            } else {
                break
            }
        }
        close(descriptor)
    }

    /// What was read so far, as UTF-8 text.
    var text: String { bytes.withLock { String(decoding: $0, as: UTF8.self) } }
}
