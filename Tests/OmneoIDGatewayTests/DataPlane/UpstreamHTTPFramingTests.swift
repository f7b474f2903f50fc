import NIOCore
import NIOHTTP1
import Testing

@testable import OmneoIDGateway

/// Answers framed every way HTTP/1.x allows, and when a connection may be kept.
@Suite struct UpstreamHTTPFramingTests {
    typealias T = UpstreamPoolTesting

    @Test func connectionCloseFromTheUpstreamIsHonoured() async throws {
        let upstream = try await ScriptedUpstream(group: T.group) { _ in .sendAndClose(T.ok("bye", extraHeaders: "Connection: close\r\n")) }
        let pools = try T.pools(port: upstream.port)
        let loop = T.group.next()
        for _ in 0..<2 {
            let outcome = try await T.perform(pools, on: loop)
            #expect(String(buffer: outcome.body) == "bye")
            #expect(outcome.finished)
        }
        #expect(upstream.acceptedConnections == 2)
        await pools.shutdown()
        await upstream.close()
    }

    @Test func anHTTP10AnswerDelimitedByCloseIsReadToTheEnd() async throws {
        let upstream = try await ScriptedUpstream(group: T.group) { _ in .sendAndClose("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nall of it") }
        let pools = try T.pools(port: upstream.port)
        let loop = T.group.next()
        let outcome = try await T.perform(pools, on: loop)
        #expect(outcome.head?.version == .http1_0)
        #expect(String(buffer: outcome.body) == "all of it")
        #expect(outcome.finished)
        #expect(try await T.perform(pools, on: loop).finished)
        #expect(upstream.acceptedConnections == 2)
        await pools.shutdown()
        await upstream.close()
    }

    @Test func aHeadAnswerHasNoBodyDespiteItsContentLength() async throws {
        let upstream = try await ScriptedUpstream(group: T.group) { request in
            request.method == .HEAD ? .send("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n") : .send(T.ok("0123456789"))
        }
        let pools = try T.pools(port: upstream.port)
        let loop = T.group.next()
        let head = try await T.perform(pools, on: loop, T.get(method: .HEAD))
        #expect(head.finished)
        #expect(head.head?.headers["Content-Length"] == ["10"])
        #expect(head.bodyBytes == 0)
        let get = try await T.perform(pools, on: loop)
        #expect(String(buffer: get.body) == "0123456789")
        #expect(upstream.acceptedConnections == 1)
        await pools.shutdown()
        await upstream.close()
    }

    @Test func informationalAnswersAreSkipped() async throws {
        let upstream = try await ScriptedUpstream(group: T.group) { _ in
            .send("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n" + T.ok("final"))
        }
        let pools = try T.pools(port: upstream.port)
        let outcome = try await T.perform(pools)
        #expect(outcome.head?.status == .ok)
        #expect(String(buffer: outcome.body) == "final")
        await pools.shutdown()
        await upstream.close()
    }

    @Test func aChunkedAnswerArrivesWhole() async throws {
        let upstream = try await ScriptedUpstream(group: T.group) { _ in
            .send("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n")
        }
        let pools = try T.pools(port: upstream.port)
        let loop = T.group.next()
        let outcome = try await T.perform(pools, on: loop)
        #expect(String(buffer: outcome.body) == "hello world")
        #expect(try await T.perform(pools, on: loop).finished)
        #expect(upstream.acceptedConnections == 1)
        await pools.shutdown()
        await upstream.close()
    }

    @Test func aMalformedAnswerFailsAsInvalid() async throws {
        let upstream = try await ScriptedUpstream(group: T.group) { _ in .send("NOT HTTP AT ALL\r\n\r\n") }
        let pools = try T.pools(port: upstream.port)
        #expect(try await T.perform(pools).error == .invalidResponse)
        await pools.shutdown()
        await upstream.close()
    }
}
