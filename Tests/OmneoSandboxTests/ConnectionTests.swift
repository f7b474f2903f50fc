import Foundation
import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

/// Connections between profiles: the admin API `/connections`, `/connection/definitions`, and
/// a profile's `/profiles/{id}/connections[/{id}[/profileInfo]]` (`omneo-sdk`
/// `src/types/connection.ts`, `src/types/connections.ts`, `src/id/resources/profile/connections`).
@Suite struct ConnectionTests {
    let ids = SandboxSeed.profileIDs

    @Test(arguments: SandboxHarness.stores)
    func aProfileSeesTheConnectionsItMadeAndReceived(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let response = try await sandbox.request(.GET, "/profiles/\(ids[0])/connections")
            #expect(response.status == 200, "\(response.text)")
            let page = try response.decode(PageEnvelope<Connection>.self)
            #expect(page.meta.total == 2)
            #expect(page.data.map(\.definition?.handle) == ["family", "stylist"])
            let family = try #require(page.data.first)
            #expect(family.status == .accepted)
            #expect(family.connectorID == ids[0])
            #expect(family.connected?.id == ids[1])
            #expect(family.connector?.id == ids[0])
            #expect(family.connectedAt == "2026-01-20 10:00:00")
            let raw = try #require((try response.object()["data"] as? [[String: Any]])?.first)
            #expect(raw.keys.contains("disconnected_by"))  // Laravel writes null columns too

            let made = try await sandbox.request(.GET, "/profiles/\(ids[0])/connections?type=connector")
            #expect(try made.decode(PageEnvelope<Connection>.self).data.map(\.connectedID) == [ids[1]])
            let received = try await sandbox.request(.GET, "/profiles/\(ids[0])/connections?type=connected")
            #expect(try received.decode(PageEnvelope<Connection>.self).data.map(\.connectorID) == [ids[4]])
            let pending = try await sandbox.request(.GET, "/profiles/\(ids[3])/connections?filter[status]=pending")
            #expect(try pending.decode(PageEnvelope<Connection>.self).data.map(\.name) == ["Partner"])

            #expect(try await sandbox.request(.GET, "/profiles/\(ids[0])/connections?type=friend").status == 422)
            let none = "00000000-0000-4000-8000-000000000000"
            #expect(try await sandbox.request(.GET, "/profiles/\(none)/connections").status == 404)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func theAdminCreatesAConnectionTheOtherProfileAcceptsAndSharesItsInfo(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let body = """
                {"name":"Family","connection_definition_handle":"family","connector_id":"\(ids[2])",
                 "connected_id":"\(ids[5])","status":"pending","meta":{"invited_by":"app"}}
                """
            let created = try await sandbox.request(.POST, "/connections", json: body)
            #expect(created.status == 201, "\(created.text)")
            let connection = try created.decode(DataEnvelope<Connection>.self).data
            #expect(connection.definition?.id == 1)
            #expect(connection.status == .pending)
            #expect(connection.connectedAt == nil)
            #expect(connection.meta == .object(["invited_by": .string("app")]))

            // Before it is accepted, neither side may read the other's profile.
            let early = try await sandbox.request(.GET, "/profiles/\(ids[5])/connections/\(connection.id)/profileInfo")
            #expect(early.status == 403)
            // A profile that is not part of it does not see it.
            let stranger = try await sandbox.request(
                .PUT, "/profiles/\(ids[1])/connections/\(connection.id)", json: #"{"status":"accepted"}"#)
            #expect(stranger.status == 404)

            let accepted = try await sandbox.request(
                .PUT, "/profiles/\(ids[5])/connections/\(connection.id)", json: #"{"status":"accepted"}"#)
            #expect(accepted.status == 200, "\(accepted.text)")
            let now = try accepted.decode(DataEnvelope<Connection>.self).data
            #expect(now.status == .accepted)
            #expect(now.connectedAt != nil)

            let info = try await sandbox.request(.GET, "/profiles/\(ids[5])/connections/\(connection.id)/profileInfo")
            #expect(info.status == 200, "\(info.text)")
            let other = try info.decode(DataEnvelope<ConnectionProfile>.self).data
            #expect(other.id == ids[2])
            #expect(other.email != nil)  // the family definition shares the e-mail

            // Breaking it records who broke it and when.
            let broken = try await sandbox.request(
                .PUT, "/profiles/\(ids[5])/connections/\(connection.id)", json: #"{"status":"break"}"#)
            let after = try broken.decode(DataEnvelope<Connection>.self).data
            #expect(after.disconnectedBy == ids[5])
            #expect(after.disconnectedAt != nil)

            #expect(try await sandbox.request(.DELETE, "/connections/\(connection.id)").status == 204)
            #expect(try await sandbox.request(.GET, "/connections/\(connection.id)").status == 404)
            #expect(try await sandbox.request(.DELETE, "/connections/\(connection.id)").status == 404)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func theStylistDefinitionSharesOnlyTheName(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            // Seeded connection 3: the fifth profile is the first one's stylist (accepted).
            let info = try await sandbox.request(.GET, "/profiles/\(ids[0])/connections/3/profileInfo")
            #expect(info.status == 200, "\(info.text)")
            let raw = try #require(try info.object()["data"] as? [String: Any])
            #expect(raw["id"] as? String == ids[4])
            #expect(raw["first_name"] is String)
            #expect(raw["email"] is NSNull)
            #expect(raw["birth_day"] is NSNull)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func invalidConnectionsAre422(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let missing = try await sandbox.request(.POST, "/connections", json: "{}")
            #expect(missing.status == 422)
            let errors = try #require(try missing.object()["errors"] as? [String: Any])
            for field in ["name", "status", "connector_id", "connected_id", "connection_definition_id"] {
                #expect(errors[field] != nil, "\(field)")
            }
            let unknown = """
                {"name":"X","connection_definition_id":99,"connector_id":"\(ids[0])",
                 "connected_id":"00000000-0000-4000-8000-000000000000","status":"friends"}
                """
            let invalid = try await sandbox.request(.POST, "/connections", json: unknown)
            #expect(invalid.status == 422)
            let messages = try #require(try invalid.object()["errors"] as? [String: Any])
            #expect(messages["connection_definition_id"] != nil)
            #expect(messages["status"] != nil)
            let selfLink = """
                {"name":"X","connection_definition_id":1,"connector_id":"\(ids[0])","connected_id":"\(ids[0])",
                 "status":"pending"}
                """
            #expect(try await sandbox.request(.POST, "/connections", json: selfLink).status == 422)
            let ghost = """
                {"name":"X","connection_definition_id":1,"connector_id":"\(ids[0])",
                 "connected_id":"00000000-0000-4000-8000-000000000000","status":"pending"}
                """
            let ghostAnswer = try await sandbox.request(.POST, "/connections", json: ghost)
            #expect(ghostAnswer.status == 422)
            #expect((try ghostAnswer.object()["errors"] as? [String: Any])?["connected_id"] != nil)
            // An update may not move the connection to other profiles.
            let move = try await sandbox.request(.PUT, "/connections/1", json: #"{"connector_id":"\#(ids[3])"}"#)
            #expect(move.status == 422)

            let definitions = try await sandbox.request(.GET, "/connection/definitions")
            #expect(try definitions.decode(PageEnvelope<ConnectionDefinition>.self).data.map(\.handle) == [
                "family", "partner", "stylist",
            ])
            #expect(try await sandbox.request(.GET, "/connection/definitions/9").status == 404)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func purgingAProfileDeletesItsConnections(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            #expect(try await sandbox.request(.DELETE, "/profiles/\(ids[1])/purge").status == 204)
            let left = try await sandbox.request(.GET, "/connections")
            #expect(try left.decode(PageEnvelope<Connection>.self).data.map(\.id) == [2, 3])
        }
    }
}
