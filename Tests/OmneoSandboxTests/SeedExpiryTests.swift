import Foundation
import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

/// What the seed keeps valid expires relative to the time it seeds, so balances of a fresh
/// sandbox (and the tests reading them) do not change with the calendar.
@Suite struct SeedExpiryTests {
    /// `YYYY-MM-DD` of `days` from now (UTC).
    static func day(_ days: Int) -> String {
        String(ISO8601DateFormatter().string(from: Date().addingTimeInterval(Double(days) * 86_400)).prefix(10))
    }

    @Test func unexpiredSeededPointsRewardsAndBenefitsExpireRelativeToTheSeeding() async throws {
        try await SandboxHarness.with(store: .sqlite) { sandbox in
            let profile = SandboxSeed.profileIDs[0]
            let points = try await sandbox.request(.GET, "/profiles/\(profile)/points")
                .decode(PageEnvelope<Point>.self).data
            let purchase = try #require(points.first { $0.description == "Purchase points" })
            #expect((purchase.expiresAt ?? "") > Self.day(360))
            #expect((purchase.expiresAt ?? "") < Self.day(370))

            let rewards = try await sandbox.request(.GET, "/profiles/\(profile)/rewards")
                .decode(PageEnvelope<Reward>.self).data
            #expect(rewards.contains { ($0.expiresAt ?? "") > Self.day(3600) })
            let benefits = try await sandbox.request(.GET, "/profiles/\(profile)/benefits")
                .decode(PageEnvelope<Benefit>.self).data
            #expect(benefits.contains { ($0.expiresAt ?? "") > Self.day(3600) })

            // So the balance counts them.
            let balances = try await sandbox.request(.GET, "/profiles/\(profile)/balances")
                .decode(DataEnvelope<ProfileBalances>.self).data
            #expect(balances.pointBalance == 1250)
        }
    }
}
