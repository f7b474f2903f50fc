import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// The calls of Omneo's ID client for connections and interactions (`omneo/omneo-sdk`
/// `src/id/resources/profile/connections/index.ts`, `interactions/index.ts`; the SDK has no ID
/// test file for either), through the gateway: fixtures through the sandbox's admin API
/// (`POST /connections`, `POST /interactions`), then the ID calls. Updating a connection and
/// deleting an interaction are writes the default profile policy refuses: those run with
/// `OMNEO_ID_PROFILE_POLICY=open`, and the default policy's 403 is checked too.
@Suite struct IDConnectionsAndInteractionsScenarioTests {
    let profileID = SandboxSeed.magentoProfileID
    let otherID = SandboxSeed.profileIDs[3]

    /// A pending family connection from another profile to the shopper; its id.
    func createConnection(_ live: LiveGateway) async throws -> Int {
        let body = """
            {"name":"Family","connection_definition_id":1,"connector_id":"\(otherID)",
             "connected_id":"\(profileID)","status":"pending"}
            """
        let created = try await live.sandbox.request(.POST, "/connections", json: body)
        #expect(created.status == 201, "\(created.text)")
        return try created.decode(DataEnvelope<Connection>.self).data.id
    }

    /// An app interaction of the shopper; its id.
    func createInteraction(_ live: LiveGateway) async throws -> Int {
        let body = """
            {"profile_id":"\(profileID)","action":"view","channel":"app","signal":1,"name":"Viewed boots",
             "namespace":"catalogue","product_id":42}
            """
        let created = try await live.sandbox.request(.POST, "/interactions", json: body)
        #expect(created.status == 201, "\(created.text)")
        return try created.decode(DataEnvelope<Interaction>.self).data.id
    }

    /// `connections.list`, `connections.update`, `connections.getProfileInfo`.
    @Test func idListUpdateAndReadAConnection() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let (client, _) = live.appClient(for: profileID)
            let id = try await createConnection(live)

            let listed = try await client.me.send(method: .get, path: "connections")
            #expect(listed.status == 200)
            let page = try await client.me.connections(side: .connected)
            let connection = try #require(page.data.first { $0.id == id })
            #expect(connection.status == .pending)
            #expect(connection.connector?.id == otherID)

            let refused = await omneoError { _ = try await client.me.connectedProfile(id) }
            #expect(refused?.status == 403)  // not accepted yet

            let accepted = try await client.me.updateConnection(id, ConnectionFields(status: .accepted))
            #expect(accepted.status == .accepted)
            #expect(accepted.connectedAt != nil)

            let info = try await client.me.send(method: .get, path: "connections/\(id)/profileInfo")
            let raw = try #require((try JSONSerialization.jsonObject(with: info.body) as? [String: Any])?["data"])
            #expect((raw as? [String: Any])?["id"] as? String == otherID)
            #expect(try await client.me.connectedProfile(id).id == otherID)

            // Another profile's connection is not the shopper's.
            let (stranger, _) = live.appClient(for: SandboxSeed.profileIDs[5])
            let hidden = await omneoError { _ = try await stranger.me.connectedProfile(id) }
            #expect(hidden?.status == 404)
        }
    }

    /// `interactions.list`, `interactions.get`, `interactions.delete`.
    @Test func idListGetAndDeleteAnInteraction() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let (client, _) = live.appClient(for: profileID)
            let id = try await createInteraction(live)

            let page = try await client.me.interactions()
            #expect(page.data.first?.id == id)  // the latest first
            #expect(try await client.me.interactions(channel: .email).data.allSatisfy { $0.channel == .email })
            let one = try await client.me.interaction(id)
            #expect(one.productID == 42)
            #expect(one.action == .view)

            try await client.me.deleteInteraction(id)
            let gone = await omneoError { _ = try await client.me.interaction(id) }
            #expect(gone?.status == 404)
            #expect(try await live.sandbox.request(.GET, "/interactions/\(id)").status == 404)
        }
    }

    /// Under the default policy a shopper reads connections and interactions but may not
    /// change a connection or delete an interaction.
    @Test func theDefaultPolicyRefusesTheWrites() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            let connectionID = try await createConnection(live)
            let interactionID = try await createInteraction(live)
            #expect(try await client.me.connections().data.contains { $0.id == connectionID })
            #expect(try await client.me.interaction(interactionID).id == interactionID)

            let update = await omneoError {
                _ = try await client.me.updateConnection(connectionID, ConnectionFields(status: .accepted))
            }
            #expect(update?.status == 403)
            let delete = await omneoError { try await client.me.deleteInteraction(interactionID) }
            #expect(delete?.status == 403)
            #expect(try await live.sandbox.request(.GET, "/interactions/\(interactionID)").status == 200)
            let connection = try await live.sandbox.request(.GET, "/connections/\(connectionID)")
            #expect(try connection.decode(DataEnvelope<Connection>.self).data.status == .pending)
        }
    }
}
