import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// Omneo's own ID scenarios for identities (`omneo/omneo-sdk`
/// `src/tests/integration/id/profile/identities/*.test.ts`), one test per file. Each creates
/// its identity through the ID API (`POST /profiles/me/identities`), which the default profile
/// policy refuses: they run with `OMNEO_ID_PROFILE_POLICY=open`, as a tenant relying on
/// Omneo's behaviour would.
@Suite struct IDIdentitiesScenarioTests {
    let profileID = SandboxSeed.magentoProfileID

    static func random(_ count: Int = 10) -> String {
        String((0..<count).map { _ in "abcdefghijklmnopqrstuvwxyz0123456789".randomElement()! })
    }

    /// `id-list-identities.test.ts`
    @Test func idListIdentities() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let (client, _) = live.appClient(for: profileID)
            let payload = IdentityFields(handle: "sdk_unit_test_id_handle_list", identifier: Self.random())
            let identity = try await client.me.createIdentity(payload)
            let identities = try await client.me.identities().data
            #expect(identities.count > 0)
            #expect(identities.contains { $0.id == identity.id && $0.identifier == payload.identifier })
        }
    }

    /// `id-get-identity.test.ts`
    @Test func idGetIdentity() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let (client, _) = live.appClient(for: profileID)
            let payload = IdentityFields(handle: "sdk_unit_test_id_handle_get", identifier: Self.random())
            let identity = try await client.me.createIdentity(payload)
            let selected = try await client.me.identity(.handle(identity.handle))
            #expect(selected.handle == payload.handle)
            #expect(selected.identifier == payload.identifier)
        }
    }

    /// `id-get-identity-by-id.test.ts`
    @Test func idGetIdentityByID() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let (client, _) = live.appClient(for: profileID)
            let payload = IdentityFields(handle: "sdk_unit_test_identity_get_by_id", identifier: Self.random())
            let identity = try await client.me.createIdentity(payload)
            let selected = try await client.me.identity(.id(identity.id))
            #expect(selected.id == identity.id)
            #expect(selected.handle == payload.handle)
            #expect(selected.identifier == payload.identifier)
        }
    }

    /// `id-update-identity-by-id.test.ts`
    @Test func idUpdateIdentityByID() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let (client, _) = live.appClient(for: profileID)
            let payload = IdentityFields(handle: "sdk_unit_test_identity_update_by_id", identifier: Self.random())
            let identity = try await client.me.createIdentity(payload)
            let newIdentifier = Self.random()
            let update = try await client.me.updateIdentity(.id(identity.id), IdentityFields(identifier: newIdentifier))
            #expect(update.id == identity.id)
            #expect(update.handle == payload.handle)
            #expect(update.identifier == newIdentifier)
        }
    }

    /// `id-delete-identity-by-id.test.ts`
    @Test func idDeleteIdentityByID() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let (client, _) = live.appClient(for: profileID)
            let payload = IdentityFields(handle: "sdk_unit_test_identity_delete_by_id", identifier: Self.random())
            let identity = try await client.me.createIdentity(payload)
            try await client.me.deleteIdentity(.id(identity.id))
            let after = try await live.sandbox.request(.GET, "/profiles/\(profileID)/identities/id/\(identity.id)")
            #expect(after.status == 404)
        }
    }
}
