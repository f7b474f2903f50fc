import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// Omneo's own ID scenarios for list reservations and shares (`omneo/omneo-sdk`
/// `src/tests/integration/id/profile/lists/{reservations,shares}/*.test.ts`), one test per
/// file: definition, list (and item and reservation) through the admin API, the ID call
/// through the gateway, the same assertions.
@Suite struct IDListReservationsAndSharesScenarioTests {
    let profileID = SandboxSeed.magentoProfileID

    /// `id-list-profile-list-reservations.test.ts`
    @Test func idListProfileListReservations() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            let listID = try await SDKListFixture.list(
                live, profileID: profileID, flags: ["allow_quantity": true, "allow_reserve": true])
            let item = try await SDKListFixture.item(live, profileID: profileID, listID: listID, quantity: 1)
            let created = try await live.sandbox.request(
                .POST, "/list/items/\(item.id)/reservations",
                json: #"{"profile_id":"\#(profileID)","quantity":1,"timezone":"Australia/Melbourne"}"#)
            #expect(created.status == 201, "\(created.text)")
            let reservationID = try created.decode(DataEnvelope<ListItemReservation>.self).data.id

            let reservations = try await client.me.reservations()
            let reservation = try #require(reservations.first { $0.id == reservationID })
            #expect(reservation.id == reservationID)
            #expect(reservation.profile?.id.rawValue == profileID)
            #expect(reservation.productListItem?.id == item.id)
        }
    }

    /// `id-create-profile-list-share.test.ts`
    @Test func idCreateProfileListShare() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            let listID = try await SDKListFixture.list(live, profileID: profileID)
            let share = try await client.me.shareList(.id(listID))
            #expect(share.productListID == listID)
            #expect(share.profileID?.rawValue == profileID)
        }
    }

    /// `id-delete-profile-list-share.test.ts`
    @Test func idDeleteProfileListShare() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            let listID = try await SDKListFixture.list(live, profileID: profileID)
            let created = try await live.sandbox.request(.POST, "/profiles/\(profileID)/lists/\(listID)/shares")
            #expect(created.status == 201, "\(created.text)")
            let share = try created.decode(DataEnvelope<ListShare>.self).data
            #expect(share.productListID == listID)
            #expect(share.profileID?.rawValue == profileID)
            // The SDK checks the answer's status: 204.
            let deleted = try await client.me.send(method: .delete, path: "lists/\(listID)/shares/\(share.id)")
            #expect(deleted.status == 204)
            let shares = try await live.sandbox.request(.GET, "/profiles/\(profileID)/lists/\(listID)/shares")
            #expect(try shares.decode(DataEnvelope<[ListShare]>.self).data.isEmpty)
        }
    }
}
