import Foundation
import NIOHTTP1
import OmneoTestSupport
import Testing

@testable import OmneoIDGateway

/// `/health/ready` as DESIGN §2.6 has it: ready = keys loaded and listeners up; the body
/// reports the upstream; an upstream outage makes the replica unready only with
/// `OMNEO_ID_READY_REQUIRES_UPSTREAM=true`.
@Suite struct ReadinessTests {
    /// Nothing listens on port 1 of the loopback: connections are refused at once.
    static let deadUpstream = "http://127.0.0.1:1/api/v3"

    static func json(_ body: String) -> [String: String]? {
        (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: String]
    }

    @Test func anUpstreamOutageLeavesTheReplicaReadyAndJWKSServed() async throws {
        let gateway = try await GatewayHarness(upstreamURL: Self.deadUpstream)
        let ready = try await Operations.send(.GET, "http://127.0.0.1:\(gateway.port)/health/ready")
        #expect(ready.status == 200)
        #expect(Self.json(ready.body) == ["status": "ok", "upstream": "unreachable"])
        let jwks = try await Operations.send(.GET, "http://127.0.0.1:\(gateway.port)/.well-known/jwks.json")
        #expect(jwks.status == 200)
        await gateway.stop()
    }

    @Test func readyRequiresUpstreamMakesAnOutage503() async throws {
        let gateway = try await GatewayHarness(upstreamURL: Self.deadUpstream) { $0.readyRequiresUpstream = true }
        let ready = try await Operations.send(.GET, "http://127.0.0.1:\(gateway.port)/health/ready")
        #expect(ready.status == 503)
        #expect(Self.json(ready.body) == ["status": "unavailable", "upstream": "unreachable"])
        await gateway.stop()
    }

    @Test func aReachableUpstreamIsReported() async throws {
        try await SandboxHarness.with { sandbox in
            let gateway = try await GatewayHarness(upstreamURL: sandbox.baseURL, upstreamToken: sandbox.apiToken) {
                $0.readyRequiresUpstream = true
            }
            // As a probe would: asked again until it answers (the upstream check has a 2 s
            // deadline, which a loaded test machine's first connection can miss).
            var ready = try await Operations.send(.GET, "http://127.0.0.1:\(gateway.port)/health/ready")
            let deadline = ContinuousClock.now + .seconds(15)
            while ready.status != 200, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(1100))
                ready = try await Operations.send(.GET, "http://127.0.0.1:\(gateway.port)/health/ready")
            }
            #expect(ready.status == 200)
            #expect(Self.json(ready.body) == ["status": "ok", "upstream": "reachable"])
            await gateway.stop()
        }
    }

    @Test func theDecisionNeedsKeysAndTheUpstreamOnlyWhenRequired() {
        let lenient = ReadinessPolicy(requiresUpstream: false)
        let strict = ReadinessPolicy(requiresUpstream: true)
        #expect(lenient.decide(keysLoaded: true, upstreamReachable: false).ready)
        #expect(!strict.decide(keysLoaded: true, upstreamReachable: false).ready)
        #expect(strict.decide(keysLoaded: true, upstreamReachable: true).ready)
        #expect(!lenient.decide(keysLoaded: false, upstreamReachable: true).ready)
    }
}
