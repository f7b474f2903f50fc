import Foundation
import Hummingbird
import NIOCore
import OmneoIDConfiguration
import OmneoTestSupport
import Testing

@testable import OmneoIDGateway

/// DESIGN §2.2: at most `OMNEO_ID_MAX_CONCURRENT_PER_PROFILE` proxied requests per profile
/// in flight (429 beyond), and proxied traffic as a whole cannot take the upstream
/// capacity kept for the gateway's own calls.
@Suite struct ProxyAdmissionTests {
    /// `/slow` answers after 4 s; everything else at once.
    static let slowUpstream: RecordingUpstream.Handler = { request in
        if request.path.hasSuffix("/slow") { try await Task.sleep(for: .seconds(4)) }
        return try await RecordingUpstream.echo(request)
    }

    /// Waits until the upstream has received `count` requests for `/slow` (they are then in
    /// flight for about 4 s): a fixed sleep was too short on a loaded test machine.
    static func waitForSlowRequests(_ count: Int, at upstream: RecordingUpstream) async throws {
        let deadline = ContinuousClock.now + .seconds(20)
        while upstream.requests.filter({ $0.path.hasSuffix("/slow") }).count < count, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    @Test func aProfileHoldsAtMostItsShareAndOthersStillPass() async throws {
        try await Operations.withGateway(handler: Self.slowUpstream, configure: { $0.maxConcurrentPerProfile = 3 }) {
            upstream, gateway in
            let token = try await gateway.token(for: Operations.profileID)
            let other = try await gateway.token(for: Operations.otherProfileID)
            let slow = Task {
                try await withThrowingTaskGroup(of: UInt.self) { group in
                    for _ in 0..<3 {
                        group.addTask { try await Operations.send(.GET, gateway.baseURL + "/profiles/me/slow", token: token).status }
                    }
                    return try await group.reduce(into: [UInt]()) { $0.append($1) }
                }
            }
            try await Self.waitForSlowRequests(3, at: upstream)
            // The fourth of this profile is refused at once, and never reaches the upstream …
            let refused = try await Operations.send(.GET, gateway.baseURL + "/profiles/me", token: token)
            RateLimitRouteTests.expectTooManyAttempts(refused)
            // … while another profile is served.
            #expect(try await Operations.send(.GET, gateway.baseURL + "/profiles/me", token: other).status == 200)
            #expect(try await slow.value == [200, 200, 200])
            #expect(upstream.requests.filter { $0.path.hasSuffix("/slow") }.count == 3)
            // Once they are done the places are free again.
            #expect(try await Operations.send(.GET, gateway.baseURL + "/profiles/me", token: token).status == 200)
        }
    }

    @Test func placesAreGivenBackWhateverHappens() throws {
        let admission = ProxyAdmission(perProfile: 2, proxyCapacity: 3)
        var tickets: [ProxyTicket] = []
        tickets.append(try admission.admit(profileID: "a"))
        tickets.append(try admission.admit(profileID: "a"))
        #expect(Self.refusal(admission, "a") == 429)
        tickets.append(try admission.admit(profileID: "b"))
        // The whole proxy's share is taken: 503, and the profile's place is not kept.
        #expect(Self.refusal(admission, "c") == 503)
        #expect(admission.perProfile.count(RateLimitKey(hashing: "profile:c")) == 0)
        tickets[0].release()
        tickets[0].release()  // released once only
        tickets.removeFirst()  // and dropping it after changes nothing
        #expect(admission.perProfile.count(RateLimitKey(hashing: "profile:a")) == 1)
        tickets.removeAll()  // dropped without release: given back anyway
        #expect(admission.perProfile.count(RateLimitKey(hashing: "profile:a")) == 0)
        #expect(admission.proxyCapacity.count(ProxyAdmission.allProfiles) == 0)
    }

    /// The status `admit` refuses with, or `nil` when it admits (the ticket is released).
    static func refusal(_ admission: ProxyAdmission, _ profileID: String) -> Int? {
        do {
            try admission.admit(profileID: profileID).release()
            return nil
        } catch {
            return error.status.code
        }
    }

    @Test func theDefaultIsEightPerProfileAndAQuarterOfThePoolIsKept() {
        #expect(OmneoIDSettings().maxConcurrentPerProfile == 8)
        #expect(OmneoIDSettings().idleTimeout == 60)
        #expect(Upstream.proxyCapacity < Upstream.poolSize)
        #expect(Upstream.poolSize - Upstream.proxyCapacity >= 64)
    }
}

