import Foundation
import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

/// `/tiers/definitions` and a profile's tiers (`omneo-sdk` `src/types/profiles/tier.ts`).
@Suite struct TierTests {
    let profile = SandboxSeed.profileIDs[0]

    @Test(arguments: SandboxHarness.stores)
    func aProfileStandsAmongTheTiersBySpendUntilOneIsAssigned(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let response = try await sandbox.request(.GET, "/profiles/\(profile)/tiers")
            #expect(response.status == 200)
            let object = try JSONSerialization.jsonObject(with: response.body) as? [String: Any]
            let data = try #require(object?["data"] as? [String: Any])
            for key in ["current_tier", "next_tier", "prev_tier"] { #expect(data.keys.contains(key), "\(key)") }
            #expect(data["prev_tier"] is NSNull)
            let progress = try response.decode(DataEnvelope<TierProgress>.self).data
            #expect(progress.profileID == profile)
            #expect(progress.currentTier?.handle == "member")
            #expect(progress.nextTier?.handle == "silver")
            #expect(progress.nextRemain == 500 - (progress.totalPoints12m ?? 0))

            let assigned = try await sandbox.request(.POST, "/profiles/\(profile)/tiers/assign", json: #"{"tier":"gold"}"#)
            #expect(assigned.status == 200, "\(assigned.text)")
            let gold = try assigned.decode(DataEnvelope<TierProgress>.self).data
            #expect(gold.currentTier?.handle == "gold")
            #expect(gold.prevTier?.handle == "silver")
            #expect(gold.nextTier == nil)
            let again = try await sandbox.request(.POST, "/profiles/\(profile)/tiers/assign", json: #"{"tier":"silver"}"#)
            #expect(try again.decode(DataEnvelope<TierProgress>.self).data.currentTier?.handle == "silver")
            let calculated = try await sandbox.request(.GET, "/profiles/\(profile)/tiers/calculate")
                .decode(DataEnvelope<TierProgress>.self).data
            #expect(calculated.currentTier?.handle == "silver")
            #expect(
                try await sandbox.request(.POST, "/profiles/\(profile)/tiers/assign", json: #"{"tier":"platinum"}"#)
                    .status == 422)
            #expect(try await sandbox.request(.POST, "/profiles/\(profile)/tiers/assign", json: "{}").status == 422)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func definitionsAreCreatedValidatedAndDeleted(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let json = #"{"name":"Platinum","handle":"platinum","description":"Top","value_min":5000,"value_maintain":4000,"is_assignable":false,"is_floor":false}"#
            let created = try await sandbox.request(.POST, "/tiers/definitions", json: json)
            #expect(created.status == 201, "\(created.text)")
            let definition = try created.decode(DataEnvelope<TierDefinition>.self).data
            #expect(definition.valueMin == 5000 && !definition.isAssignable)
            #expect(try await sandbox.request(.POST, "/tiers/definitions", json: json).status == 422)
            #expect(try await sandbox.request(.POST, "/tiers/definitions", json: #"{"name":"x"}"#).status == 422)
            // Not assignable.
            #expect(
                try await sandbox.request(.POST, "/profiles/\(profile)/tiers/assign", json: #"{"tier":"platinum"}"#)
                    .status == 422)
            let all = try await sandbox.request(.GET, "/tiers/definitions").decode(PageEnvelope<TierDefinition>.self)
            #expect(all.data.map(\.handle) == ["member", "silver", "gold", "platinum"])
            #expect(try await sandbox.request(.DELETE, "/tiers/definitions/\(definition.id)").status == 204)
            #expect(try await sandbox.request(.GET, "/tiers/definitions/\(definition.id)").status == 404)
        }
    }
}
