import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Many raw client connections that send a few bytes and then hold still (a slowloris, a
/// stalled upload), and what became of each: the status line the server wrote, if any,
/// and how long after opening the server closed it.
public final class HeldConnections: @unchecked Sendable {
    /// What one connection saw.
    public struct Outcome: Sendable {
        /// The status of the answer the server wrote before closing, if any.
        public let status: Int?
        /// Seconds from opening until the server closed it; `nil` when still open at the deadline.
        public let closedAfter: Double?
    }

    private var fds: [Int32] = []
    private let opened = Date()

    /// Opens `count` connections to 127.0.0.1:`port` and sends `bytes` on each.
    public init(count: Int, port: Int, bytes: String) throws {
        for _ in 0..<count {
            let fd = try RawHTTP.connectedSocket(port: port)
            fds.append(fd)
            let sent = bytes.utf8CString.withUnsafeBufferPointer { buffer in
                Glibc.send(fd, buffer.baseAddress!, buffer.count - 1, Int32(MSG_NOSIGNAL))
            }
            guard sent == bytes.utf8.count else { throw RawHTTP.Failure.connect(errno) }
        }
    }

    /// Waits (on a thread of its own) until every connection is closed by the server or
    /// `timeout` seconds from opening have passed.
    public func outcomes(timeout: Double) async -> [Outcome] {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: self.collect(timeout: timeout)) }.start()
        }
    }

    private func collect(timeout: Double) -> [Outcome] {
        var received = [Data](repeating: Data(), count: fds.count)
        var closedAfter = [Double?](repeating: nil, count: fds.count)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while closedAfter.contains(where: { $0 == nil }) {
            let elapsed = Date().timeIntervalSince(opened)
            guard elapsed < timeout else { break }
            var polls = fds.enumerated().filter { closedAfter[$0.offset] == nil }.map {
                pollfd(fd: $0.element, events: Int16(POLLIN), revents: 0)
            }
            let ready = poll(&polls, nfds_t(polls.count), Int32(min(200, (timeout - elapsed) * 1000)))
            guard ready > 0 else { continue }
            for entry in polls where entry.revents != 0 {
                guard let index = fds.firstIndex(of: entry.fd) else { continue }
                let n = recv(entry.fd, &buffer, buffer.count, Int32(MSG_DONTWAIT))
                if n > 0 {
                    received[index].append(contentsOf: buffer[0..<n])
                } else if n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK) {
                    closedAfter[index] = Date().timeIntervalSince(opened)
                }
            }
        }
        return received.indices.map { index in
            let status = String(decoding: received[index].prefix(12), as: UTF8.self).split(separator: " ").dropFirst().first
                .flatMap { Int($0) }
            return Outcome(status: status, closedAfter: closedAfter[index])
        }
    }

    /// Closes every connection still open.
    public func close() {
        for fd in fds { Glibc.close(fd) }
        fds.removeAll()
    }

    deinit { close() }
}
