import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// An HTTP/1.1 exchange over a plain TCP socket, so that nothing normalises the request
/// (the path, the headers) before the server sees it.
public enum RawHTTP {
    /// A parsed response.
    public struct Response: Sendable {
        public let status: Int
        /// Header names lower-cased, in order.
        public let headers: [(name: String, value: String)]
        public let body: Data

        public func header(_ name: String) -> String? {
            headers.first { $0.name == name.lowercased() }?.value
        }

        public var bodyText: String { String(decoding: body, as: UTF8.self) }
    }

    public enum Failure: Error {
        case connect(Int32)
        case malformed(String)
    }

    /// Sends `request` (bytes exactly as given; use `Connection: close`) to 127.0.0.1:`port`
    /// and reads until the server closes or `timeout` passes.
    public static func send(_ request: String, port: Int, timeout: TimeInterval = 60) async throws -> Response {
        try await send(Data(request.utf8), port: port, timeout: timeout)
    }

    public static func send(_ request: Data, port: Int, timeout: TimeInterval = 60) async throws -> Response {
        // Blocking socket calls run on a thread of their own, never on the (small) cooperative pool.
        let raw: Data = try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result { try exchange(request, port: port, timeout: timeout) })
            }
            thread.start()
        }
        return try parse(raw)
    }

    /// Sends `requests` back to back in one write on one connection (pipelined; end the last
    /// with `Connection: close`), reads until the server closes, and splits the answers by their
    /// `Content-Length` (an answer without one must be last, or a 304).
    /// - Parameter halfClose: shut the sending side once the requests are out (as HTTP/1.0-style
    ///   clients do), then read the answers.
    public static func sendPipelined(
        _ requests: [String], port: Int, timeout: TimeInterval = 60, halfClose: Bool = false
    ) async throws -> [Response] {
        let raw: Data = try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result {
                    try exchange(Data(requests.joined().utf8), port: port, timeout: timeout, untilClosed: true, halfClose: halfClose)
                })
            }
            thread.start()
        }
        var responses: [Response] = []
        var rest = raw[...]
        while let end = rest.range(of: Data("\r\n\r\n".utf8)) {
            let head = try parse(Data(rest[rest.startIndex..<end.upperBound]))
            let length = head.status == 304 ? 0 : head.header("content-length").flatMap(Int.init) ?? rest.distance(from: end.upperBound, to: rest.endIndex)
            let stop = rest.index(end.upperBound, offsetBy: min(length, rest.distance(from: end.upperBound, to: rest.endIndex)))
            responses.append(Response(status: head.status, headers: head.headers, body: Data(rest[end.upperBound..<stop])))
            rest = rest[stop...]
        }
        return responses
    }

    /// A blocking TCP socket connected to 127.0.0.1:`port`; the caller closes it.
    static func connectedSocket(port: Int) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure.connect(errno) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            let error = errno
            close(fd)
            throw Failure.connect(error)
        }
        return fd
    }

    static func exchange(_ request: Data, port: Int, timeout: TimeInterval, untilClosed: Bool = false, halfClose: Bool = false) throws -> Data {
        let fd = try connectedSocket(port: port)
        defer { close(fd) }
        var tv = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        try request.withUnsafeBytes { buffer in
            var sent = 0
            while sent < buffer.count {
                let n = Glibc.send(fd, buffer.baseAddress! + sent, buffer.count - sent, Int32(MSG_NOSIGNAL))
                guard n > 0 else { throw Failure.connect(errno) }
                sent += n
            }
        }
        if halfClose { shutdown(fd, Int32(SHUT_WR)) }
        var received = Data()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = recv(fd, &chunk, chunk.count, 0)
            if n <= 0 { break }
            received.append(contentsOf: chunk[0..<n])
            if !untilClosed, let response = try? parse(received), isComplete(response, raw: received) { break }
        }
        return received
    }

    static func isComplete(_ response: Response, raw: Data) -> Bool {
        if let length = response.header("content-length").flatMap(Int.init) {
            return response.body.count >= length
        }
        return false
    }

    static func parse(_ raw: Data) throws -> Response {
        guard let end = raw.range(of: Data("\r\n\r\n".utf8)) else { throw Failure.malformed("no header end") }
        let head = String(decoding: raw[raw.startIndex..<end.lowerBound], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else { throw Failure.malformed(head) }
        let headers = lines.compactMap { line -> (String, String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (
                line[..<colon].lowercased(),
                line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            )
        }
        var body = Data(raw[end.upperBound...])
        if headers.contains(where: { $0.0 == "transfer-encoding" && $0.1.lowercased().contains("chunked") }) {
            body = dechunk(body)
        }
        return Response(status: status, headers: headers.map { (name: $0.0, value: $0.1) }, body: body)
    }

    static func dechunk(_ data: Data) -> Data {
        var result = Data()
        var index = data.startIndex
        while let lineEnd = data[index...].range(of: Data("\r\n".utf8)) {
            let sizeText = String(decoding: data[index..<lineEnd.lowerBound], as: UTF8.self)
            guard let size = Int(sizeText.split(separator: ";")[0], radix: 16), size > 0 else { break }
            let start = lineEnd.upperBound
            guard data.distance(from: start, to: data.endIndex) >= size else { break }
            let stop = data.index(start, offsetBy: size)
            result.append(data[start..<stop])
            index = data.index(stop, offsetBy: 2, limitedBy: data.endIndex) ?? data.endIndex
        }
        return result
    }
}
