import Foundation
import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

/// `/tiers/points`, a profile's `/tiers/points` (`omneo-sdk` `src/types/transactions.ts`,
/// `TierPointBasic`) and the read-only `/points/definitions`.
@Suite struct TierPointTests {
    let profile = SandboxSeed.profileIDs[0]

    @Test(arguments: SandboxHarness.stores)
    func seededTierPointsAreListedLatestIssuedFirstWithEveryKey(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let response = try await sandbox.request(.GET, "/profiles/\(profile)/tiers/points")
            #expect(response.status == 200, "\(response.text)")
            let object = try JSONSerialization.jsonObject(with: response.body) as? [String: Any]
            let first = try #require((object?["data"] as? [[String: Any]])?.first)
            for key in [
                "id", "profile_id", "point_definition_id", "value", "issued_at", "accrued_at", "status", "source_id",
                "source_type", "source", "meta", "created_at", "updated_at",
            ] {
                #expect(first.keys.contains(key), "\(key)")
            }
            let page = try response.decode(PageEnvelope<TierPoint>.self)
            #expect(!page.data.isEmpty)
            #expect(page.data.allSatisfy { $0.profileID == profile })
            let issued = page.data.compactMap(\.issuedAt)
            #expect(issued == issued.sorted(by: >))
            let pending = try await sandbox.request(.GET, "/profiles/\(profile)/tiers/points?filter[status]=pending")
                .decode(PageEnvelope<TierPoint>.self).data
            #expect(!pending.isEmpty && pending.allSatisfy { $0.status == "pending" })
            #expect(try await sandbox.request(.GET, "/profiles/no-such-profile/tiers/points").status == 404)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func tierPointsAreCreatedValidatedAndDeleted(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let json = #"{"profile_id":"\#(profile)","point_definition_id":1,"value":100,"issued_at":"2026-05-01 10:00:00"}"#
            let created = try await sandbox.request(.POST, "/tiers/points", json: json)
            #expect(created.status == 201, "\(created.text)")
            let point = try created.decode(DataEnvelope<TierPoint>.self).data
            #expect(point.value == 100 && point.status == "active" && point.accruedAt == "2026-05-01 10:00:00")
            let listed = try await sandbox.request(.GET, "/profiles/\(profile)/tiers/points")
                .decode(PageEnvelope<TierPoint>.self).data
            #expect(listed.first?.id == point.id)

            for bad in [
                #"{"profile_id":"no-such-profile","point_definition_id":1,"value":1}"#,
                #"{"profile_id":"\#(profile)","point_definition_id":999,"value":1}"#,
                #"{"profile_id":"\#(profile)","point_definition_id":1}"#,
                #"{"profile_id":"\#(profile)","point_definition_id":1,"value":1,"issued_at":"tomorrow"}"#,
                #"{"profile_id":"\#(profile)","point_definition_id":1,"value":1,"status":"spent"}"#,
            ] {
                let refused = try await sandbox.request(.POST, "/tiers/points", json: bad)
                #expect(refused.status == 422, "\(bad)")
                #expect(try refused.decode(ErrorBody.self).message.isEmpty == false)
            }
            #expect(try await sandbox.request(.DELETE, "/tiers/points/\(point.id)").status == 204)
            #expect(try await sandbox.request(.DELETE, "/tiers/points/\(point.id)").status == 404)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func pointDefinitionsAreTheFixedOnes(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let all = try await sandbox.request(.GET, "/points/definitions").decode(PageEnvelope<PointDefinition>.self)
            #expect(all.data.map(\.handle) == ["loyalty-points", "bonus-points"])
            let one = try await sandbox.request(.GET, "/points/definitions/2").decode(DataEnvelope<PointDefinition>.self)
            #expect(one.data.isReassignable)
            #expect(try await sandbox.request(.GET, "/points/definitions/99").status == 404)
        }
    }
}
