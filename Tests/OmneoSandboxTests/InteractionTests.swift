import Foundation
import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

/// Interactions: the admin API `/interactions` and a profile's
/// `/profiles/{id}/interactions[/{id}]` (`omneo-sdk` `src/types/interaction.ts`,
/// `src/types/interactions.ts`, `src/id/resources/profile/interactions`).
@Suite struct InteractionTests {
    let ids = SandboxSeed.profileIDs

    @Test(arguments: SandboxHarness.stores)
    func seededInteractionsAreTheProfilesOwnLatestFirst(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let response = try await sandbox.request(.GET, "/profiles/\(ids[0])/interactions")
            #expect(response.status == 200, "\(response.text)")
            let page = try response.decode(PageEnvelope<Interaction>.self)
            #expect(page.meta.total == 3)
            #expect(page.data.map(\.action) == [.broadcast, .view, .visit])
            #expect(Set(page.data.compactMap(\.profileID)) == [ids[0]])
            let visit = try #require(page.data.last)
            #expect(visit.channel == .location)
            #expect(visit.locationID != nil)
            #expect(visit.latitude?.degrees ?? 0 < 0)  // an Australian store
            let raw = try #require((try response.object()["data"] as? [[String: Any]])?.last)
            #expect(raw["latitude"] is String)  // coordinates as Omneo writes them
            #expect(raw["signal"] as? Int == 1)
            #expect(raw.keys.contains("identity"))

            let emails = try await sandbox.request(.GET, "/profiles/\(ids[0])/interactions?filter[channel]=email")
            #expect(try emails.decode(PageEnvelope<Interaction>.self).data.map(\.namespace) == ["campaigns"])

            let other = try #require(
                try await sandbox.request(.GET, "/profiles/\(ids[1])/interactions").decode(
                    PageEnvelope<Interaction>.self
                ).data.first)
            #expect(try await sandbox.request(.GET, "/profiles/\(ids[0])/interactions/\(other.id)").status == 404)
            #expect(try await sandbox.request(.DELETE, "/profiles/\(ids[0])/interactions/\(other.id)").status == 404)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func anInteractionIsRecordedByIdentifierReadUpdatedAndDeleted(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let body = """
                {"identifier":{"handle":"magento_id","id":"\(SandboxSeed.magentoIdentifier)"},"action":"feedback",
                 "channel":"support","signal":"-1","name":"Late delivery","namespace":"service",
                 "latitude":"-33.8688","longitude":151.2093,"duration":300,"tags":["delivery"],
                 "interacted_at":"2026-11-30 09:15:00"}
                """
            let created = try await sandbox.request(.POST, "/interactions", json: body)
            #expect(created.status == 201, "\(created.text)")
            let interaction = try created.decode(DataEnvelope<Interaction>.self).data
            #expect(interaction.profileID == SandboxSeed.magentoProfileID)
            #expect(interaction.identity?.handle == "magento_id")
            #expect(interaction.signal == -1)
            #expect(interaction.latitude?.text == "-33.8688")
            #expect(interaction.longitude?.text == "151.2093")
            #expect(interaction.tags == ["delivery"])

            let path = "/profiles/\(SandboxSeed.magentoProfileID)/interactions"
            let latest = try await sandbox.request(.GET, path)
            #expect(try latest.decode(PageEnvelope<Interaction>.self).data.first?.id == interaction.id)

            let updated = try await sandbox.request(
                .PUT, "/interactions/\(interaction.id)", json: #"{"signal":1,"description":"Resolved"}"#)
            #expect(updated.status == 200, "\(updated.text)")
            #expect(try updated.decode(DataEnvelope<Interaction>.self).data.signal == 1)

            #expect(try await sandbox.request(.DELETE, "\(path)/\(interaction.id)").status == 204)
            #expect(try await sandbox.request(.GET, "\(path)/\(interaction.id)").status == 404)
            #expect(try await sandbox.request(.GET, "/interactions/\(interaction.id)").status == 404)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func invalidInteractionsAre422(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let missing = try await sandbox.request(.POST, "/interactions", json: "{}")
            #expect(missing.status == 422)
            let errors = try #require(try missing.object()["errors"] as? [String: Any])
            for field in ["action", "channel", "signal", "name", "namespace", "profile_id"] {
                #expect(errors[field] != nil, "\(field)")
            }
            let wrong = """
                {"profile_id":"\(ids[0])","action":"dance","channel":"fax","signal":2,"name":"X","namespace":"y",
                 "latitude":"north","longitude":200}
                """
            let invalid = try await sandbox.request(.POST, "/interactions", json: wrong)
            #expect(invalid.status == 422)
            let messages = try #require(try invalid.object()["errors"] as? [String: Any])
            for field in ["action", "channel", "signal", "latitude", "longitude"] {
                #expect(messages[field] != nil, "\(field)")
            }
            let ghost = """
                {"profile_id":"00000000-0000-4000-8000-000000000000","action":"view","channel":"app","signal":0,
                 "name":"X","namespace":"y"}
                """
            #expect(try await sandbox.request(.POST, "/interactions", json: ghost).status == 422)
            let unknownIdentity = """
                {"identifier":{"handle":"magento_id","id":"nobody"},"action":"view","channel":"app","signal":0,
                 "name":"X","namespace":"y"}
                """
            #expect(try await sandbox.request(.POST, "/interactions", json: unknownIdentity).status == 422)
            // An update may not move it to another profile.
            let move = try await sandbox.request(.PUT, "/interactions/1", json: #"{"profile_id":"\#(ids[2])"}"#)
            #expect(move.status == 422)
        }
    }
}
