import Foundation
import OmneoModels
import Testing

/// `TierPoint` on Omneo's shape (`omneo-sdk` `src/types/transactions.ts`, `TierPointBasic`, as
/// `GET /profiles/me/tiers/points` lists it): string ids, `null`s, a `source` object, unknown keys.
@Suite struct TierPointDecodingTests {
    @Test func decodesOmneosTierPointPage() throws {
        let json = #"""
            {"data":[{"id":"812","profile_id":"9dc23986-a4b6-46b7-b6ec-14408abcbe00","point_definition_id":"4",
            "value":"120.5","issued_at":"2025-01-02 01:10:54","accrued_at":"2025-02-01 00:00:00","status":null,
            "source_id":77,"source_type":"App\\Models\\Transaction","source":{"id":77,"receipt_ref":"R-77"},
            "meta":null,"created_at":"2025-01-02 01:10:54","updated_at":"2025-01-02 01:10:54","expires_at":null,
            "something_new":{"a":1}}],
            "links":{"first":"x","last":"x","prev":null,"next":null},
            "meta":{"current_page":1,"from":1,"last_page":1,"per_page":25,"to":1,"total":1,"path":"x"}}
            """#
        let page = try JSONDecoder().decode(PageEnvelope<TierPoint>.self, from: Data(json.utf8))
        let point = try #require(page.data.first)
        #expect(point.id == 812 && point.pointDefinitionID == 4 && point.value == 120.5)
        #expect(point.status == nil && point.sourceID == 77 && point.sourceType == "App\\Models\\Transaction")
        #expect(point.source == .object(["id": .number(77), "receipt_ref": .string("R-77")]))
        #expect(point.accruedAt == "2025-02-01 00:00:00")
    }
}
