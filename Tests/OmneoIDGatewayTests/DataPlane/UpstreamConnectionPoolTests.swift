import NIOCore
import NIOHTTP1
import Synchronization
import Testing

@testable import OmneoIDGateway

/// The data plane's upstream pool on real loopback sockets: keep-alive reuse, the per-loop
/// limit, streaming with backpressure both ways, the retry rule (DESIGN §2.2) and shutdown.
@Suite struct UpstreamConnectionPoolTests {
    typealias T = UpstreamPoolTesting

    @Test func sequentialExchangesOnOneLoopReuseOneConnection() async throws {
        let upstream = try await ScriptedUpstream(group: T.group) { request in .send(T.ok("hello \(request.uri)")) }
        let pools = try T.pools(port: upstream.port)
        let loop = T.group.next()
        for index in 0..<5 {
            let outcome = try await T.perform(pools, on: loop, T.get("/api/v3/profiles/\(index)?a=b"))
            #expect(outcome.error == nil)
            #expect(outcome.head?.status == .ok)
            #expect(String(buffer: outcome.body) == "hello /api/v3/profiles/\(index)?a=b")
        }
        #expect(upstream.acceptedConnections == 1)
        let received = upstream.requests
        #expect(received.count == 5)
        #expect(received.allSatisfy { $0.headers["Host"] == ["127.0.0.1:\(upstream.port)"] })
        await pools.shutdown()
        await upstream.close()
    }

    @Test func concurrentExchangesOpenConnectionsUpToTheLimitThenWaitThenFailFast() async throws {
        let upstream = try await ScriptedUpstream(group: T.group) { _ in .send(T.ok("ok")) }
        let pools = try T.pools(port: upstream.port) {
            $0.maxConnectionsPerLoop = 2
            $0.maxWaitingPerLoop = 1
        }
        let loop = T.group.next()
        // All four in one tick of the loop: two connect, one waits, the fourth finds the line full.
        let outcomes = try await loop.flatSubmit {
            let pool = pools.pool(for: loop)
            let futures = (0..<4).map { _ in
                let delegate = RecordingDelegate(promise: loop.makePromise())
                _ = pool.execute(T.get(), delegate: delegate)
                return delegate.promise.futureResult
            }
            return EventLoopFuture.whenAllSucceed(futures, on: loop)
        }.get()
        #expect(outcomes[0].finished && outcomes[1].finished && outcomes[2].finished)
        #expect(outcomes[2].head?.status == .ok)
        #expect(outcomes[3].error == .poolExhausted)
        #expect(upstream.acceptedConnections == 2)
        await pools.shutdown()
        await upstream.close()
    }

    @Test func aLargeResponseArrivesOnlyAsFastAsTheDelegateDemands() async throws {
        let total = 64 << 20
        let upstream = try await ScriptedUpstream(group: T.group) { _ in
            .stream(head: "HTTP/1.1 200 OK\r\nContent-Length: \(total)\r\n\r\n", bodyBytes: total, chunk: 64 << 10)
        }
        let pools = try T.pools(port: upstream.port)
        let loop = T.group.next()
        let paused = Atomic<Bool>(true)
        // Takes 4 MiB, then holds back until the test lets it go on.
        let started = try await T.start(pools, on: loop, T.get()) { received in received < 4 << 20 || !paused.load(ordering: .relaxed) }
        // The upstream stops when socket buffers are full: what it wrote ahead is bounded.
        var last = -1
        #expect(try await T.eventually {
            let now = upstream.bodyBytesWritten
            defer { last = now }
            return now == last && now >= 4 << 20
        })
        let writtenWhilePaused = upstream.bodyBytesWritten
        #expect(writtenWhilePaused < 4 << 20 + 32 << 20, "the pool kept reading without demand: \(writtenWhilePaused) bytes")
        let heldBack = try await loop.submit { started.handle.value.delegate.outcome }.get()
        #expect(heldBack.bodyBytes >= 4 << 20 && heldBack.bodyBytes < 5 << 20)
        paused.store(false, ordering: .relaxed)
        try await loop.submit { started.handle.value.delegate.demand(started.handle.value.exchange) }.get()
        let outcome = try await started.outcome.get()
        #expect(outcome.finished)
        #expect(outcome.bodyBytes == total)
        #expect(outcome.partsWithoutDemand == 0)
        await pools.shutdown()
        await upstream.close()
    }

    @Test func aRequestBodyIsWrittenPartByPart() async throws {
        let upstream = try await ScriptedUpstream(group: T.group) { request in .send(T.ok("\(request.bodyLength)")) }
        let pools = try T.pools(port: upstream.port)
        let parts = (0..<8).map { _ in ByteBuffer(repeating: UInt8(ascii: "b"), count: 1 << 20) }
        let started = try await T.start(pools, on: T.group.next(), T.post(), body: parts)
        try await started.bodyWritten.get()
        let outcome = try await started.outcome.get()
        #expect(String(buffer: outcome.body) == "\(8 << 20)")
        #expect(upstream.requests.first?.headers["Transfer-Encoding"] == ["chunked"])
        await pools.shutdown()
        await upstream.close()
    }

    @Test func aReusedConnectionTheUpstreamClosedIsRetriedOnceOnAFreshOne() async throws {
        // The upstream drops every connection at its second request, unanswered (as when it
        // closes an idle keep-alive connection just as the gateway reuses it).
        let upstream = try await ScriptedUpstream(group: T.group) { request in
            request.indexOnConnection == 0 ? .send(T.ok("first")) : .close
        }
        let pools = try T.pools(port: upstream.port)
        let loop = T.group.next()
        #expect(try await T.perform(pools, on: loop).finished)
        let retried = try await T.perform(pools, on: loop)
        #expect(retried.error == nil)
        #expect(String(buffer: retried.body) == "first")
        #expect(upstream.acceptedConnections == 2)
        #expect(upstream.requests.count == 3)
        await pools.shutdown()
        await upstream.close()
    }

    @Test func aRequestThatIsNotRetryableIsNeverSentTwice() async throws {
        let upstream = try await ScriptedUpstream(group: T.group) { request in
            request.indexOnConnection == 0 ? .send(T.ok("first")) : .close
        }
        let pools = try T.pools(port: upstream.port)
        let loop = T.group.next()
        #expect(try await T.perform(pools, on: loop).finished)
        let post = try await T.perform(pools, on: loop, T.post(), body: [ByteBuffer(string: "{}")])
        #expect(post.error == .closed)
        let delete = try await T.perform(pools, on: loop, T.get(method: .DELETE, retryable: false))
        #expect(delete.error == nil)  // a fresh connection: the closed one is gone
        #expect(upstream.requests.map(\.method) == [.GET, .POST, .DELETE])
        await pools.shutdown()
        await upstream.close()
    }

    @Test func aCancelledExchangeClosesItsConnectionWhichIsNeverReused() async throws {
        let total = 8 << 20
        let upstream = try await ScriptedUpstream(group: T.group) { request in
            request.uri.hasSuffix("/big")
                ? .stream(head: "HTTP/1.1 200 OK\r\nContent-Length: \(total)\r\n\r\n", bodyBytes: total, chunk: 64 << 10)
                : .send(T.ok("small"))
        }
        let pools = try T.pools(port: upstream.port)
        let loop = T.group.next()
        let started = try await T.start(pools, on: loop, T.get("/api/v3/big")) { _ in false }
        #expect(try await T.eventually { try await loop.submit { started.handle.value.delegate.outcome.bodyParts }.get() == 1 })
        try await loop.submit { started.handle.value.delegate.cancel(started.handle.value.exchange) }.get()
        let cancelled = try await started.outcome.get()
        #expect(!cancelled.finished && cancelled.error == nil && cancelled.bodyParts == 1)
        #expect(try await loop.submit { pools.pool(for: loop).openConnections }.get() == 0)
        let next = try await T.perform(pools, on: loop)
        #expect(String(buffer: next.body) == "small")
        #expect(upstream.acceptedConnections == 2)
        await pools.shutdown()
        await upstream.close()
    }

    @Test func aRefusedConnectionFailsWithConnect() async throws {
        let upstream = try await ScriptedUpstream(group: T.group) { _ in .silence }
        let port = upstream.port
        await upstream.close()
        let pools = try T.pools(port: port)
        #expect(try await T.perform(pools).error == .connect)
        #expect(try await T.perform(pools, T.get(retryable: false)).error == .connect)
        await pools.shutdown()
    }

    @Test func shutdownClosesIdleConnectionsAndFailsInFlightExchanges() async throws {
        let upstream = try await ScriptedUpstream(group: T.group) { request in
            request.uri.hasSuffix("/slow") ? .silence : .send(T.ok("ok"))
        }
        let pools = try T.pools(port: upstream.port)
        let loop = T.group.next()
        let other = T.group.next()
        #expect(try await T.perform(pools, on: loop).finished)
        let inFlight = try await T.start(pools, on: other, T.get("/slow"))
        #expect(try await T.eventually { upstream.requests.count == 2 })
        await pools.shutdown()
        #expect(try await inFlight.outcome.get().error == .closed)
        #expect(try await loop.submit { pools.pool(for: loop).openConnections }.get() == 0)
        #expect(try await T.perform(pools, on: loop).error == .closed)
        await upstream.close()
    }
}
