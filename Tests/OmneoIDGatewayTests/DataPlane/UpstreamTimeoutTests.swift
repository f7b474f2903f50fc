import NIOCore
import NIOHTTP1
import Testing

@testable import OmneoIDGateway

/// Connect and read timeouts of the data plane's upstream pool, on real sockets.
@Suite struct UpstreamTimeoutTests {
    typealias T = UpstreamPoolTesting

    @Test func anUpstreamThatNeverAnswersTimesOut() async throws {
        let upstream = try await ScriptedUpstream(group: T.group) { _ in .silence }
        let pools = try T.pools(port: upstream.port) { $0.readTimeout = .seconds(1) }
        let outcome = try await T.perform(pools)
        #expect(outcome.error == .timeout)
        #expect(outcome.head == nil)
        await pools.shutdown()
        await upstream.close()
    }

    @Test func anUpstreamThatStallsMidAnswerTimesOutAndItsConnectionIsNotReused() async throws {
        let upstream = try await ScriptedUpstream(group: T.group) { request in
            request.uri.hasSuffix("/stall") ? .send("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc") : .send(T.ok("ok"))
        }
        let pools = try T.pools(port: upstream.port) { $0.readTimeout = .seconds(1) }
        let loop = T.group.next()
        let stalled = try await T.perform(pools, on: loop, T.get("/api/v3/stall"))
        #expect(stalled.head?.status == .ok)
        #expect(stalled.bodyBytes == 3)
        #expect(stalled.error == .timeout)
        let next = try await T.perform(pools, on: loop)
        #expect(String(buffer: next.body) == "ok")
        #expect(upstream.acceptedConnections == 2)
        await pools.shutdown()
        await upstream.close()
    }

    @Test func aConnectionThatNeverCompletesItsHandshakeTimesOut() async throws {
        // Accepts TCP and says nothing: the TLS handshake counts against the connect timeout.
        let upstream = try await ScriptedUpstream(group: T.group, silent: true) { _ in .silence }
        let pools = try T.pools(port: upstream.port, scheme: .https, host: "localhost") {
            $0.connectTimeout = .seconds(1)
            $0.readTimeout = .seconds(60)
        }
        #expect(try await T.perform(pools).error == .timeout)
        await pools.shutdown()
        await upstream.close()
    }
}
