import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL
import OmneoTestSupport
import Synchronization

/// One request as the scripted upstream received it.
struct ScriptedRequest: Sendable {
    let method: HTTPMethod
    let uri: String
    let headers: HTTPHeaders
    let bodyLength: Int
    /// 0 for the first accepted connection, 1 for the next, …
    let connection: Int
    /// 0 for the first request on its connection.
    let indexOnConnection: Int
}

/// What the scripted upstream does with one request.
enum ScriptedReply: Sendable {
    /// These raw bytes; the connection stays open.
    case send(String)
    /// These raw bytes, then close.
    case sendAndClose(String)
    /// Close without answering.
    case close
    /// Never answer (the connection stays open).
    case silence
    /// `head` (which must frame `bodyBytes` bytes), then the body in `chunk`-byte writes, each
    /// only while the socket is writable.
    case stream(head: String, bodyBytes: Int, chunk: Int)
}

/// A raw HTTP/1.1 upstream on a real loopback port (optionally TLS): it parses requests with
/// NIO's decoder, answers exactly the bytes its script says, and counts what happened.
final class ScriptedUpstream: Sendable {
    typealias Script = @Sendable (ScriptedRequest) -> ScriptedReply

    private struct Counts { var accepted = 0; var requests: [ScriptedRequest] = []; var bodyBytesWritten = 0 }
    private final class SharedCounts: Sendable {
        let mutex = Mutex(Counts())
        func withLock<R>(_ body: (inout Counts) -> R) -> R { mutex.withLock { body(&$0) } }
    }
    private let counts = SharedCounts()
    private let channel: any Channel
    let port: Int

    var acceptedConnections: Int { counts.withLock { $0.accepted } }
    var requests: [ScriptedRequest] { counts.withLock { $0.requests } }
    /// Body bytes of `.stream` replies handed to the kernel so far.
    var bodyBytesWritten: Int { counts.withLock { $0.bodyBytesWritten } }

    /// - Parameters:
    ///   - tls: serve TLS with this context; `silentTLS` accepts TCP and never answers at all.
    ///   - closeAfterBodyBytes: close a connection, unanswered, once a request body passed this many bytes.
    init(
        group: any EventLoopGroup, tls: NIOSSLContext? = nil, silent: Bool = false, closeAfterBodyBytes: Int? = nil,
        script: @escaping Script
    ) async throws {
        let counts = self.counts
        channel = try await ServerBootstrap(group: group)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let index = counts.withLock { counts in
                        counts.accepted += 1
                        return counts.accepted - 1
                    }
                    if silent { return }
                    let pipeline = channel.pipeline.syncOperations
                    if let tls { try pipeline.addHandler(NIOSSLServerHandler(context: tls)) }
                    try pipeline.addHandler(ByteToMessageHandler(HTTPRequestDecoder(leftOverBytesStrategy: .forwardBytes)))
                    try pipeline.addHandler(
                        ScriptedConnectionHandler(
                            connection: index, script: script, closeAfterBodyBytes: closeAfterBodyBytes,
                            onRequest: { request in counts.withLock { $0.requests.append(request) } },
                            onBodyWritten: { bytes in counts.withLock { $0.bodyBytesWritten += bytes } }))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        port = channel.localAddress!.port!
    }

    func close() async {
        try? await channel.close()
    }
}

extension ScriptedUpstream: StoppableServer {
    func stop() async { await close() }
}

private final class ScriptedConnectionHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = ByteBuffer

    let connection: Int
    let script: ScriptedUpstream.Script
    let onRequest: @Sendable (ScriptedRequest) -> Void
    let onBodyWritten: @Sendable (Int) -> Void
    let closeAfterBodyBytes: Int?
    private var head: HTTPRequestHead?
    private var bodyLength = 0
    private var index = 0
    private var streamRemaining = 0
    private var streamChunk = 0

    init(
        connection: Int, script: @escaping ScriptedUpstream.Script, closeAfterBodyBytes: Int? = nil,
        onRequest: @escaping @Sendable (ScriptedRequest) -> Void, onBodyWritten: @escaping @Sendable (Int) -> Void
    ) {
        self.closeAfterBodyBytes = closeAfterBodyBytes
        self.connection = connection
        self.script = script
        self.onRequest = onRequest
        self.onBodyWritten = onBodyWritten
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
            bodyLength = 0
        case .body(let body):
            bodyLength += body.readableBytes
            if let closeAfterBodyBytes, bodyLength > closeAfterBodyBytes {
                self.head = nil
                context.close(promise: nil)
            }
        case .end:
            guard let head else { return }
            let request = ScriptedRequest(
                method: head.method, uri: head.uri, headers: head.headers, bodyLength: bodyLength, connection: connection,
                indexOnConnection: index)
            index += 1
            onRequest(request)
            switch script(request) {
            case .send(let raw):
                context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: raw)), promise: nil)
            case .sendAndClose(let raw):
                context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: raw))).assumeIsolated().whenComplete { _ in
                    context.close(promise: nil)
                }
            case .close:
                context.close(promise: nil)
            case .silence:
                break
            case .stream(let head, let bodyBytes, let chunk):
                context.write(wrapOutboundOut(ByteBuffer(string: head)), promise: nil)
                streamRemaining = bodyBytes
                streamChunk = chunk
                pump(context: context)
            }
        }
    }

    /// Not HTTP (e.g. a TLS hello): hang up, as a real server would.
    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        pump(context: context)
        context.fireChannelWritabilityChanged()
    }

    private func pump(context: ChannelHandlerContext) {
        let chunk = ByteBuffer(repeating: UInt8(ascii: "x"), count: max(streamChunk, 1))
        while streamRemaining > 0, context.channel.isWritable {
            let size = min(streamChunk, streamRemaining)
            streamRemaining -= size
            let onBodyWritten = self.onBodyWritten
            context.write(wrapOutboundOut(chunk.getSlice(at: 0, length: size)!)).whenSuccess { onBodyWritten(size) }
        }
        context.flush()
    }
}
