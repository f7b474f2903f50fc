import NIOCore
import NIOHTTP1
import NIOPosix

@testable import OmneoIDGateway

/// What a `RecordingDelegate` saw of one exchange.
struct ExchangeOutcome: Sendable {
    var head: HTTPResponseHead?
    var body = ByteBuffer()
    var bodyBytes = 0
    var bodyParts = 0
    /// Body parts delivered while the delegate had not asked for one: must stay 0.
    var partsWithoutDemand = 0
    var finished = false
    var error: UpstreamExchangeError?
}

/// An exchange delegate that records everything and demands the next part at once, unless
/// `shouldDemand` (given the body bytes so far) says to hold back.
final class RecordingDelegate: UpstreamExchangeDelegate {
    let promise: EventLoopPromise<ExchangeOutcome>
    var shouldDemand: (Int) -> Bool = { _ in true }
    private(set) var outcome = ExchangeOutcome()
    private var hasDemanded = true

    init(promise: EventLoopPromise<ExchangeOutcome>) { self.promise = promise }

    /// Asks for the next part (after `shouldDemand` held back).
    func demand(_ exchange: UpstreamExchange) {
        hasDemanded = true
        exchange.demand()
    }

    /// Gives up on the answer; the outcome is what arrived until then.
    func cancel(_ exchange: UpstreamExchange) {
        exchange.cancel()
        promise.succeed(outcome)
    }

    func exchange(_ exchange: UpstreamExchange, didReceiveHead head: HTTPResponseHead) {
        outcome.head = head
    }

    func exchange(_ exchange: UpstreamExchange, didReceiveBodyPart part: ByteBuffer) {
        if !hasDemanded { outcome.partsWithoutDemand += 1 }
        hasDemanded = false
        outcome.bodyParts += 1
        outcome.bodyBytes += part.readableBytes
        if outcome.body.readableBytes < 1 << 20 { outcome.body.writeImmutableBuffer(part) }
        if shouldDemand(outcome.bodyBytes) { demand(exchange) }
    }

    func exchangeDidFinish(_ exchange: UpstreamExchange) {
        outcome.finished = true
        promise.succeed(outcome)
    }

    func exchange(_ exchange: UpstreamExchange, didFail error: UpstreamExchangeError) {
        outcome.error = error
        promise.succeed(outcome)
    }
}

/// An exchange started from a test: its outcome, and the delegate and exchange for later steps on the loop.
struct StartedExchange: Sendable {
    let outcome: EventLoopFuture<ExchangeOutcome>
    let handle: NIOLoopBound<(delegate: RecordingDelegate, exchange: UpstreamExchange)>
    /// Completes when every body part was written (or fails like the writes).
    let bodyWritten: EventLoopFuture<Void>
}

enum UpstreamPoolTesting {
    static let group = MultiThreadedEventLoopGroup.singleton

    static func pools(port: Int, scheme: UpstreamEndpoint.Scheme = .http, host: String = "127.0.0.1", _ adjust: (inout UpstreamPoolConfiguration) -> Void = { _ in }) throws -> UpstreamPools {
        var configuration = UpstreamPoolConfiguration(endpoint: UpstreamEndpoint(scheme: scheme, host: host, port: port))
        adjust(&configuration)
        return try UpstreamPools(configuration: configuration)
    }

    static func get(_ uri: String = "/api/v3/profiles/1", method: HTTPMethod = .GET, retryable: Bool = true) -> UpstreamRequest {
        UpstreamRequest(head: HTTPRequestHead(version: .http1_1, method: method, uri: uri), hasBody: false, retryable: retryable)
    }

    static func post(_ uri: String = "/api/v3/profiles/1/lists") -> UpstreamRequest {
        var head = HTTPRequestHead(version: .http1_1, method: .POST, uri: uri)
        head.headers.add(name: "Content-Type", value: "application/octet-stream")
        return UpstreamRequest(head: head, hasBody: true, retryable: false)
    }

    /// Starts `request` on `loop`'s pool, writing `body` part by part (each after the previous one was written).
    static func start(
        _ pools: UpstreamPools, on loop: any EventLoop, _ request: UpstreamRequest, body: [ByteBuffer] = [],
        shouldDemand: (@Sendable (Int) -> Bool)? = nil
    ) async throws -> StartedExchange {
        try await loop.submit {
            let delegate = RecordingDelegate(promise: loop.makePromise())
            if let shouldDemand { delegate.shouldDemand = shouldDemand }
            let exchange = pools.pool(for: loop).execute(request, delegate: delegate)
            var written = loop.makeSucceededVoidFuture()
            if request.hasBody {
                for part in body {
                    written = written.assumeIsolated().flatMap { exchange.writeBodyPart(part) }.nonisolated()
                }
                written = written.assumeIsolated().map { exchange.finishBody() }.nonisolated()
            }
            return StartedExchange(
                outcome: delegate.promise.futureResult, handle: NIOLoopBound((delegate, exchange), eventLoop: loop),
                bodyWritten: written)
        }.get()
    }

    static func perform(
        _ pools: UpstreamPools, on loop: (any EventLoop)? = nil, _ request: UpstreamRequest = get(), body: [ByteBuffer] = []
    ) async throws -> ExchangeOutcome {
        try await start(pools, on: loop ?? group.next(), request, body: body).outcome.get()
    }

    static func ok(_ body: String, extraHeaders: String = "") -> String {
        "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: \(body.utf8.count)\r\n\(extraHeaders)\r\n\(body)"
    }

    /// Waits (generously) until `condition` holds.
    static func eventually(_ condition: () async throws -> Bool) async throws -> Bool {
        for _ in 0..<600 {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return false
    }
}
