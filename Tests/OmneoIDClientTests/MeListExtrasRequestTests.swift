import Foundation
import OmneoModels
import Testing

@testable import OmneoIDClient

/// The typed list calls (custom items, custom fields, shares, reservations) on the wire, as
/// `omneo-sdk` `src/id/resources/profile/lists/**` sends them.
@Suite struct MeListExtrasRequestTests {
    func client(answering body: String, status: Int = 200) -> (OmneoIDClient, RecordingTransport) {
        let transport = RecordingTransport { _ in TransportResponse(status: status, body: Data(body.utf8)) }
        return (RequestShapeTests.client(transport), transport)
    }

    @Test func customItemAndCustomFieldCalls() async throws {
        let (client, transport) = client(answering: #"{"data":{"id":9,"product_list_id":7,"quantity":1}}"#)
        _ = try await client.me.addCustomItem(CustomListItemFields(name: "Vase", price: "49.99"), to: .id(7))
        var request = try #require(transport.requests.last)
        #expect(request.method == .post && request.url.path == "/id/api/v1/profiles/me/lists/7/custom")
        #expect(request.body == Data(#"{"name":"Vase","price":"49.99"}"#.utf8))

        let (fields, fieldTransport) = self.client(
            answering: #"{"data":{"namespace":"gift","handle":"note","type":"string","value":"Hi"}}"#)
        let created = try await fields.me.createCustomField(
            CustomFieldFields(namespace: "gift", handle: "note", type: .string, value: .string("Hi")), on: "wedding")
        #expect(created.value == .string("Hi"))
        request = try #require(fieldTransport.requests.last)
        #expect(request.method == .post && request.url.path == "/id/api/v1/profiles/me/lists/wedding/custom-fields")
        _ = try await fields.me.updateCustomField(
            "gift", "note", of: .id(7), CustomFieldFields(name: "Note", type: .string, value: .string("Yo")))
        request = try #require(fieldTransport.requests.last)
        #expect(request.method == .put && request.url.path == "/id/api/v1/profiles/me/lists/7/custom-fields/gift:note")
        #expect(request.body == Data(#"{"name":"Note","type":"string","value":"Yo"}"#.utf8))
        _ = try await fields.me.customField("gift", "note", of: .id(7))
        #expect(fieldTransport.requests.last?.method == .get)
        try await fields.me.deleteCustomField("gift", "note", of: .id(7))
        #expect(fieldTransport.requests.last?.method == .delete)
    }

    @Test func customFieldFiltersSharesAndReservations() async throws {
        let page =
            #"{"data":[],"links":{"first":null,"last":null,"prev":null,"next":null},"meta":{"current_page":1,"from":null,"last_page":1,"path":"x","per_page":15,"to":null,"total":0}}"#
        let (client, transport) = client(answering: page)
        _ = try await client.me.customFields(of: .id(7), namespace: "gift", handle: "note")
        #expect(transport.requests.last?.url.query == "filter%5Bnamespace%5D=gift&filter%5Bhandle%5D=note")
        let reservations = try await client.me.reservations()
        #expect(reservations.isEmpty)
        #expect(transport.requests.last?.url.path == "/id/api/v1/profiles/me/reservations")

        let (shares, shareTransport) = self.client(
            answering:
                #"{"data":{"id":5,"handle":"abc","profile_id":"9dc23986-a4b6-46b7-b6ec-14408abcbe00","product_list_id":7}}"#
        )
        let share = try await shares.me.shareList(.id(7))
        #expect(share.id == 5 && share.productListID == 7)
        let request = try #require(shareTransport.requests.last)
        #expect(request.method == .post && request.url.path == "/id/api/v1/profiles/me/lists/7/shares")
        #expect(request.body == nil)
        try await shares.me.deleteListShare(5, of: .id(7))
        #expect(shareTransport.requests.last?.url.path == "/id/api/v1/profiles/me/lists/7/shares/5")
    }
}
