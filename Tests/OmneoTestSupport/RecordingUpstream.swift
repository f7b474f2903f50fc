import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Synchronization

/// One request as the upstream received it.
public struct RecordedRequest: Sendable {
    public let method: String
    /// The raw request target's path, exactly as sent.
    public let path: String
    /// The raw query (without `?`), or `nil`.
    public let query: String?
    public let headers: HTTPFields
    /// The body, when it was at most 1 MiB; larger bodies are only counted and hashed.
    public let body: Data?
    public let bodyLength: Int
    /// Hex SHA-256 of the whole body.
    public let bodySHA256: String

    /// All values of header `name` (case-insensitive).
    public func values(_ name: String) -> [String] {
        headers[values: HTTPField.Name(name)!]
    }
}

/// An upstream on a real port that records every request and answers with a handler.
///
/// Its handlers are Swift tasks on the cooperative pool, which the full suite saturates: a
/// handler may start seconds after its request arrived. Do not expect an answer within a short
/// gateway upstream timeout (the data plane's timers run on NIO, on time); for that, use an
/// upstream that answers from its event loop (`ScriptedUpstream`).
public final class RecordingUpstream: Sendable {
    public typealias Handler = @Sendable (RecordedRequest) async throws -> Response

    private let recorder: Recorder
    private let server: ServerTask
    /// e.g. `http://127.0.0.1:PORT/api/v3`.
    public var baseURL: String { "http://127.0.0.1:\(server.port)/api/v3" }
    public var port: Int { server.port }

    /// The default answer: 200 with a small JSON body naming the path.
    public static let echo: Handler = { request in
        let body = #"{"data":{"path":"\#(request.path)"}}"#
        return Response(
            status: .ok, headers: [.contentType: "application/json", .contentLength: String(body.utf8.count)],
            body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    public init(handler: @escaping Handler = RecordingUpstream.echo) async throws {
        let recorder = Recorder()
        self.recorder = recorder
        let router = Router()
        let record: @Sendable (Request) async throws -> Response = { request in
            var hasher = SHA256()
            var length = 0
            var kept = Data()
            for try await buffer in request.body {
                length += buffer.readableBytes
                buffer.withUnsafeReadableBytes { hasher.update(bufferPointer: $0) }
                if length <= 1 << 20 { kept.append(contentsOf: buffer.readableBytesView) }
            }
            let raw = request.head.path ?? ""
            let parts = raw.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
            let recorded = RecordedRequest(
                method: request.method.rawValue, path: String(parts[0]), query: parts.count > 1 ? String(parts[1]) : nil,
                headers: request.headers, body: length <= 1 << 20 ? kept : nil, bodyLength: length,
                bodySHA256: hasher.finalize().map { String(format: "%02x", $0) }.joined())
            recorder.items.withLock { $0.append(recorded) }
            return try await handler(recorded)
        }
        for method in [HTTPRequest.Method.get, .head, .post, .put, .patch, .delete, .options] {
            router.on("/**", method: method) { request, _ in try await record(request) }
            router.on("/", method: method) { request, _ in try await record(request) }
        }
        self.server = try await ServerTask { onRunning in
            Application(
                router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0), serverName: nil),
                onServerRunning: { await onRunning($0.localAddress?.port ?? 0) },
                logger: Logger(label: "recording-upstream", factory: { _ in SwiftLogNoOpLogHandler() }))
        }
    }

    /// Every request received so far, oldest first.
    public var requests: [RecordedRequest] { recorder.items.withLock { $0 } }

    public func reset() { recorder.items.withLock { $0.removeAll() } }

    public func stop() async { await server.stop() }
}

/// The requests an upstream has received.
final class Recorder: Sendable {
    let items = Mutex<[RecordedRequest]>([])
}

/// A body of `count` deterministic bytes (`i % 251`), streamed in 64 KiB chunks.
public struct PatternBody: AsyncSequence, Sendable {
    public typealias Element = ByteBuffer
    public let count: Int

    public init(count: Int) { self.count = count }

    /// 64 KiB + 251 bytes of the pattern; any chunk is a slice of it.
    static let template: [UInt8] = (0..<(65_536 + 251)).map { UInt8($0 % 251) }

    public struct AsyncIterator: AsyncIteratorProtocol {
        var offset = 0
        let count: Int
        public mutating func next() async -> ByteBuffer? {
            guard offset < count else { return nil }
            let size = Swift.min(65_536, count - offset)
            let start = offset % 251
            offset += size
            return ByteBuffer(bytes: PatternBody.template[start..<(start + size)])
        }
    }

    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(count: count) }

    /// Hex SHA-256 of the whole pattern.
    public static func sha256(count: Int) -> String {
        var hasher = SHA256()
        var offset = 0
        while offset < count {
            let size = Swift.min(65_536, count - offset)
            let start = offset % 251
            hasher.update(data: template[start..<(start + size)])
            offset += size
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
