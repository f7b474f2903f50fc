import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// Omneo's own ID scenario for tier points (`omneo/omneo-sdk`
/// `src/id/resources/profile/tiers/tests/id-list-profile-tier-points.test.ts`): a tier point
/// created through the sandbox's admin API (`POST /tiers/points`), listed through the gateway
/// (`GET /profiles/me/tiers/points`), every key the SDK checks present, then deleted (204).
/// The SDK first creates a point definition (`POST /points/definitions`); the sandbox's point
/// definitions are fixed (docs/DECISIONS.md), so the fixture uses the seeded `loyalty-points`.
@Suite struct IDTierPointsScenarioTests {
    let profileID = SandboxSeed.magentoProfileID

    /// `id-list-profile-tier-points.test.ts`
    @Test func idListProfileTierPoints() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            let definitions = try await live.sandbox.request(.GET, "/points/definitions")
                .decode(PageEnvelope<PointDefinition>.self).data
            let definition = try #require(definitions.first)
            let issuedAt = String(ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: "T", with: " ").prefix(19))
            let created = try await live.sandbox.request(
                .POST, "/tiers/points",
                json: #"{"profile_id":"\#(profileID)","point_definition_id":\#(definition.id),"value":100,"issued_at":"\#(issuedAt)"}"#)
            #expect(created.status == 201, "\(created.text)")
            let point = try created.decode(DataEnvelope<TierPoint>.self).data

            let answer = try await client.me.send(method: .get, path: "tiers/points")
            #expect(answer.status == 200)
            let object = try JSONSerialization.jsonObject(with: answer.body) as? [String: Any]
            let first = try #require((object?["data"] as? [[String: Any]])?.first)
            for key in [
                "profile_id", "point_definition_id", "value", "issued_at", "accrued_at", "status", "source_id",
                "source_type", "source",
            ] {
                #expect(first.keys.contains(key), "\(key)")
            }
            let typed = try await client.me.tierPoints()
            #expect(typed.data.contains { $0.id == point.id && $0.value == 100 && $0.profileID == profileID })

            #expect(try await live.sandbox.request(.DELETE, "/tiers/points/\(point.id)").status == 204)
        }
    }
}
