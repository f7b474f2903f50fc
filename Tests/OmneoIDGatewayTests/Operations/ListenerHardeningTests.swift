import Foundation
import OmneoIDConfiguration
import OmneoTestSupport
import Testing

@testable import OmneoIDGateway

/// The public listener's framing and exposure checks.
@Suite struct ListenerHardeningTests {
    @Test func malformedChunkedFramingIs400() async throws {
        try await Operations.withGateway { upstream, gateway in
            let token = try await gateway.anonymousToken()
            for body in ["ZZZ\r\n{}\r\n0\r\n\r\n", "-1\r\n\r\n"] {
                let answer = try await RawHTTP.send(
                    "POST /id/api/v1/profiles HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(token)\r\n"
                        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" + body,
                    port: gateway.port, timeout: 15)
                #expect(answer.status == 400, "\(body.debugDescription)")
                #expect(answer.bodyText.contains(#""message""#))
            }
            #expect(upstream.requests.isEmpty)
        }
    }

    @Test func silentConnectionsAreClosedAfterTheIdleTimeoutWhileOthersAreServed() async throws {
        try await Operations.withGateway(configure: { $0.idleTimeout = 1 }) { _, gateway in
            // Connections that never send a byte, and one idle after a complete request (keep-alive).
            let silent = try HeldConnections(count: 20, port: gateway.port, bytes: "")
            let keptAlive = try HeldConnections(
                count: 1, port: gateway.port, bytes: "GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            #expect(try await Operations.send(.GET, "http://127.0.0.1:\(gateway.port)/health/live").status == 200)
            // Nothing else closes a connection that never sent a byte (the head deadline starts
            // at the first byte), so being closed within the watch is the idle timeout's doing:
            // without it they stay open for all of it. The watch ends as soon as every connection
            // is closed; its length only bounds a failure, and is generous for a loaded machine
            // (a fixed 10 s bound on the close failed there: it counted the test's own set-up and
            // the scheduling of the server's event loop and of the watching thread).
            async let watchingSilent = silent.outcomes(timeout: 60)
            async let watchingKept = keptAlive.outcomes(timeout: 60)
            let (outcomes, kept) = await (watchingSilent, watchingKept)
            silent.close()
            keptAlive.close()
            #expect(outcomes.allSatisfy { $0.closedAfter != nil }, "\(outcomes)")
            #expect(kept.first?.status == 200)
            #expect(kept.first?.closedAfter != nil)
            // Never before the idle timeout (1 s): load only delays a close, so this bound holds
            // on any machine (0.1 s allows for the wall clock the watch measures with).
            #expect((outcomes + kept).allSatisfy { ($0.closedAfter ?? .infinity) >= 0.9 }, "\(outcomes) \(kept)")
        }
    }

    @Test func aNonLoopbackListenerWithoutTrustedProxiesIsWarnedAbout() {
        #expect(Gateway.exposureWarning(host: "0.0.0.0", trustedProxies: []) != nil)
        #expect(Gateway.exposureWarning(host: "::", trustedProxies: []) != nil)
        #expect(Gateway.exposureWarning(host: "10.1.2.3", trustedProxies: []) != nil)
        #expect(Gateway.exposureWarning(host: "0.0.0.0", trustedProxies: [CIDR("10.0.0.0/8")!]) == nil)
        #expect(Gateway.exposureWarning(host: "127.0.0.1", trustedProxies: []) == nil)
        #expect(Gateway.exposureWarning(host: "::1", trustedProxies: []) == nil)
        #expect(Gateway.exposureWarning(host: "localhost", trustedProxies: []) == nil)
    }
}
