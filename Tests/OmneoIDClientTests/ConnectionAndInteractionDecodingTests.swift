import Foundation
import OmneoModels
import Testing

/// Connections and interactions as Omneo writes them (`omneo-sdk` `src/types/connection.ts`,
/// `src/types/connections.ts`, `src/types/interaction.ts`, `src/types/interactions.ts`):
/// extra keys, `null`s, numbers as text, and the two type files' differences.
@Suite struct ConnectionAndInteractionDecodingTests {
    @Test func aConnectionWithExtraKeysNullsAndTextNumbers() throws {
        let json = """
            {"id":"12","name":"Family","description":null,"definition":{"id":1,"name":"Family","handle":"family",
             "short_description":null,"icon":null,"cover":null,"internal_notes":null,"type":"family","tenant":null,
             "meta":"{}","shareable_attributes":["first_name","email"],"connector_condition":null,
             "connected_condition":null,"connector_can_break":1,"connected_can_break":null,"is_published":true,
             "is_pending":false,"is_archived":false,"created_at":"2025-10-01 08:00:00",
             "updated_at":"2025-10-01 08:00:00"},
             "connected_id":"5f3c9a8e-2b7d-4e61-9c0a-1d2e3f4a5b01",
             "connected":{"id":"5f3c9a8e-2b7d-4e61-9c0a-1d2e3f4a5b01","first_name":"Ava","last_name":null,
              "email":"a@example.com","birth_year":"1990","birth_month":null,"birth_day":3,"identities":[]},
             "connector":{"id":"6a","first_name":null,"last_name":null,"email":"b@example.com","birth_year":null,
              "birth_month":null,"birth_day":null},
             "connector_id":"6a","status":"on_ice","disconnected_by":null,"connected_at":null,
             "disconnected_at":null,"is_published":"1","is_archived":0,"is_default":false,"is_invalid":false,
             "is_primary":true,"sort_order":"3","meta":null,"notes":null,"organisation":null,
             "external_id":null,"external_id_type":null,"created_at":"2026-01-01 00:00:00",
             "updated_at":"2026-01-01 00:00:00"}
            """
        let connection = try JSONDecoder().decode(Connection.self, from: Data(json.utf8))
        #expect(connection.id == 12)
        #expect(connection.status == ConnectionStatus(rawValue: "on_ice"))
        #expect(connection.status?.isKnown == false)
        #expect(connection.definition?.shareableAttributes == ["first_name", "email"])
        #expect(connection.definition?.connectorCanBreak == true)
        #expect(connection.connected?.birthYear == 1990)
        #expect(connection.isPublished == true)
        #expect(connection.isArchived == false)
        #expect(connection.sortOrder == 3)
    }

    @Test func interactionsFromEitherTypeFile() throws {
        // src/types/interaction.ts: signal a number, coordinates and duration text, identity text.
        let older = """
            {"id":1,"identity":"magento_id","action":"visit","channel":"location","signal":-1,"name":"Visit",
             "namespace":"retail","latitude":"-37.8136","longitude":"144.9631","description":null,"url":null,
             "duration":"90","location_id":3,"location":null,"product_id":null,"staff_id":null,
             "product_category_id":null,"product_variant_id":null,"tags":["a"],"created_at":"2026-01-01 00:00:00",
             "updated_at":"2026-01-01 00:00:00","interacted_at":null}
            """
        let first = try JSONDecoder().decode(Interaction.self, from: Data(older.utf8))
        #expect(first.signal == -1)
        #expect(first.latitude?.degrees == -37.8136)
        #expect(first.longitude?.text == "144.9631")
        #expect(first.duration == 90)
        #expect(first.identity == nil)
        #expect(first.action == .visit)

        // src/types/interactions.ts: signal text, coordinates numbers, an identity object, meta.
        let newer = """
            {"id":"2","action":"hug","channel":"app","signal":"1","name":null,"namespace":"x","latitude":-33.5,
             "longitude":151,"duration":null,"identity":{"id":7,"profile_id":"5f3c9a8e-2b7d-4e61-9c0a-1d2e3f4a5b01",
             "handle":"magento_id","identifier":"1004993MH","is_primary":true,"is_active":true},
             "interacted_id":"5","interacted_type":"product","meta":{"k":1},"staff_id":12,"tags":null,
             "organisation":null,"profile":{"id":"x"}}
            """
        let second = try JSONDecoder().decode(Interaction.self, from: Data(newer.utf8))
        #expect(second.id == 2)
        #expect(second.signal == 1)
        #expect(second.action?.isKnown == false)
        #expect(second.latitude?.text == "-33.5")
        #expect(second.longitude?.text == "151")
        #expect(second.identity?.identifier == "1004993MH")
        #expect(second.staffID == "12")
        #expect(second.interactedID == 5)
        #expect(second.tags.isEmpty)
        #expect(second.meta == .object(["k": .number(1)]))
    }

    @Test func coordinatesEncodeAsTextAndRejectNonsense() throws {
        let encoded = try JSONEncoder().encode([Coordinate(floatLiteral: -37.8136)])
        #expect(String(decoding: encoded, as: UTF8.self) == #"["-37.8136"]"#)
        #expect(Coordinate(text: "north") == nil)
        #expect(Coordinate(text: "nan") == nil)
        #expect(Coordinate(degrees: .infinity) == nil)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Interaction.self, from: Data(#"{"id":1,"latitude":"north"}"#.utf8))
        }
    }
}
