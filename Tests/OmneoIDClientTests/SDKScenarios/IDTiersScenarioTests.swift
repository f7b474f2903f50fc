import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// Omneo's own ID scenarios for tiers (`omneo/omneo-sdk`
/// `src/tests/integration/id/profile/tiers/id-list-profile-tiers.test.ts`,
/// `id-calculate-profile-tiers.test.ts`): the first existing tier definition
/// (`GET /tiers/definitions`), assigned through the sandbox's admin API, then the ID calls
/// through the gateway. (`id-assign-profile-tier.test.ts` writes a tier through the ID API,
/// which the default policy refuses: it is in `OpenProfilePolicy`.)
@Suite struct IDTiersScenarioTests {
    let profileID = SandboxSeed.magentoProfileID

    func assignFirstDefinition(_ live: LiveGateway) async throws {
        let definitions = try await live.sandbox.request(.GET, "/tiers/definitions")
            .decode(PageEnvelope<TierDefinition>.self).data
        let first = try #require(definitions.first)
        let assigned = try await live.sandbox.request(
            .POST, "/profiles/\(profileID)/tiers/assign", json: #"{"tier":"\#(first.handle ?? "")"}"#)
        #expect(assigned.status == 200)
    }

    /// What both scenarios assert: the profile's id and the three tier keys.
    func expectProgress(_ answer: Data) throws {
        let object = try JSONSerialization.jsonObject(with: answer) as? [String: Any]
        let data = try #require(object?["data"] as? [String: Any])
        #expect(data["profile_id"] as? String == profileID)
        for key in ["current_tier", "next_tier", "prev_tier"] { #expect(data.keys.contains(key), "\(key)") }
    }

    /// `id-list-profile-tiers.test.ts`
    @Test func idListProfileTiers() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            try await assignFirstDefinition(live)
            try expectProgress(try await client.me.send(method: .get, path: "tiers").body)
            #expect(try await client.me.tiers().profileID == profileID)
        }
    }

    /// `id-calculate-profile-tiers.test.ts`
    @Test func idCalculateProfileTiers() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            try await assignFirstDefinition(live)
            try expectProgress(try await client.me.send(method: .get, path: "tiers/calculate").body)
            #expect(try await client.me.calculateTiers().profileID == profileID)
        }
    }

    /// `id-tiers.test.ts`: its body is commented out upstream ("re add once omneo tiers bugs
    /// fixed"); this runs what it would check: `GET /profiles/me/tiers` answers the keys of the
    /// SDK's mock tier (`src/tests/mocks/tier/tier.ts`) that describe the progress, and
    /// `current_tier` the definition's.
    @Test func idTiers() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            try await assignFirstDefinition(live)
            let answer = try await client.me.send(method: .get, path: "tiers")
            #expect(answer.status == 200)
            let object = try JSONSerialization.jsonObject(with: answer.body) as? [String: Any]
            let data = try #require(object?["data"] as? [String: Any])
            for key in [
                "profile_id", "current_tier", "next_tier", "prev_tier", "next_remain", "total_points_12m",
            ] {
                #expect(data.keys.contains(key), "\(key)")
            }
            let current = try #require(data["current_tier"] as? [String: Any])
            for key in ["id", "name", "handle", "is_floor", "value_min", "value_maintain", "is_assignable"] {
                #expect(current.keys.contains(key), "current_tier.\(key)")
            }
        }
    }
}
