import HTTPTypes
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1
import NIOHTTPTypesHTTP1

/// Hummingbird's HTTP/1.1 channel with guards added before the conversion to HTTP types:
/// * a request whose target is not origin-form (`http://host/path`, `host:port`, `*`), or
///   that has more than one `Host` header, is answered 400 and the connection closed. The
///   conversion would otherwise turn an absolute-form target into a plain path and the
///   first `Host` into the authority, and the rest of the gateway could not tell;
/// * the request deadlines (`RequestDeadlineHandler`: 10 s for a head, 10 s per body stall),
///   which also answers malformed framing (bad chunked encoding, a broken head) 400.
struct OriginFormHTTP1Channel: ServerChildChannel {
    let base: HTTP1Channel
    var headLimit: Duration = RequestDeadlineHandler.headLimit
    var stallLimit: Duration = RequestDeadlineHandler.stallLimit
    /// The data plane (`DataPlaneHandler`), when on, and the idle timeout it enforces.
    var dataPlane: (dispatcher: DataPlaneDispatcher, idleTimeout: TimeAmount?)?

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<HTTP1Channel.Value> {
        base.setup(channel: channel, logger: logger).flatMapThrowing { value in
            let pipeline = channel.pipeline.syncOperations
            let codec = try pipeline.handler(type: HTTP1ToHTTPServerCodec.self)
            let deadlines = RequestDeadlineHandler(headLimit: headLimit, stallLimit: stallLimit)
            try pipeline.addHandler(ByteArrivalHandler(reportingTo: deadlines), position: .first)
            try pipeline.addHandler(deadlines, position: .before(codec))
            try pipeline.addHandler(OriginFormGuard(), position: .before(codec))
            if let dataPlane {
                try pipeline.addHandler(
                    DataPlaneHandler(dispatcher: dataPlane.dispatcher, idleTimeout: dataPlane.idleTimeout), position: .before(codec))
            }
            return value
        }
    }

    func handle(value: HTTP1Channel.Value, logger: Logger) async {
        await base.handle(value: value, logger: logger)
    }

    /// The builder for `Application(server:)`.
    static func builder(
        configuration: HTTP1Channel.Configuration = .init(),
        headLimit: Duration = RequestDeadlineHandler.headLimit, stallLimit: Duration = RequestDeadlineHandler.stallLimit,
        dataPlane: DataPlaneDispatcher? = nil
    ) -> HTTPServerBuilder {
        // With the data plane on, it enforces the idle timeout (Hummingbird's timer would not see its requests).
        var channelConfiguration = configuration
        if dataPlane != nil { channelConfiguration.idleTimeout = nil }
        let (idleTimeout, configuration) = (configuration.idleTimeout, channelConfiguration)
        return HTTPServerBuilder { responder in
            OriginFormHTTP1Channel(
                base: HTTP1Channel(responder: responder, configuration: configuration), headLimit: headLimit, stallLimit: stallLimit,
                dataPlane: dataPlane.map { ($0, idleTimeout) })
        }
    }
}

/// Answers 400 to a request head whose target does not start with `/`, or with two `Host`
/// headers (RFC 9112 §3.2: a server must answer 400), then closes.
final class OriginFormGuard: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private var rejecting = false

    static let body = #"{"message":"The request target must be a path."}"#
    static let twoHosts = #"{"message":"Only one Host header is allowed."}"#

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let part = unwrapInboundIn(data)
        if case .head(let head) = part, let body = Self.problem(head) {
            rejecting = true
            var headers = HTTPHeaders()
            headers.add(name: "Content-Type", value: "application/json")
            headers.add(name: "Content-Length", value: String(body.utf8.count))
            headers.add(name: "Connection", value: "close")
            context.write(wrapOutboundOut(.head(.init(version: head.version, status: .badRequest, headers: headers))), promise: nil)
            context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: body)))), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in context.close(promise: nil) }
            return
        }
        if rejecting { return }
        context.fireChannelRead(data)
    }

    /// The error body for a head that must be refused, or `nil`.
    static func problem(_ head: HTTPRequestHead) -> String? {
        if head.uri.utf8.first != UInt8(ascii: "/") { return body }
        if hostCount(head.headers) > 1 { return twoHosts }
        return nil
    }

    /// How many `Host` headers there are, counted without building an array of their values
    /// (this runs for every request).
    static func hostCount(_ headers: HTTPHeaders) -> Int {
        var count = 0
        for (name, _) in headers where name.utf8.count == 4 && name.lowercased() == "host" { count += 1 }
        return count
    }
}
