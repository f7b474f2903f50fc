import Foundation
import OmneoModels
import Testing

/// The list resources on Omneo's shapes (`omneo-sdk` `src/types/lists.ts`, `list.ts`,
/// `custom-field.ts`): string ids, flags as `0`/`1`, `null`s, unknown keys.
@Suite struct ListExtrasDecodingTests {
    @Test func decodesOmneosListDefinition() throws {
        let json = #"""
            {"data":{"id":"12","name":"Gift registry","handle":"gift-registry","type":"gift_registry","icon":null,
            "cover":null,"short_description":null,"description":null,"allow_share":1,"allow_quantity":"1",
            "allow_reserve":true,"allow_custom_product":false,"allow_edit":true,"allow_new":true,"allow_delete":0,
            "meta":null,"is_published":true,"is_active":true,"tags":null,"timezone":null,"organisation":null,
            "reservation_period":14,"reservation_period_type":"days","reservation_absolute_expiry":null}}
            """#
        let definition = try JSONDecoder().decode(DataEnvelope<ListDefinition>.self, from: Data(json.utf8)).data
        #expect(definition.id == 12 && definition.handle == "gift-registry" && definition.type == "gift_registry")
        #expect(definition.allowShare && definition.allowQuantity && definition.allowReserve)
        #expect(!definition.allowCustomProduct && !definition.allowDelete && definition.tags == [])
        #expect(definition.meta == nil && definition.timezone == nil)
    }

    @Test func decodesOmneosListCustomFieldPage() throws {
        let json = #"""
            {"data":[{"name":null,"handle":"budget","namespace":"gift","value":"250.5","type":"float",
            "custom_fieldable_type":"product_list","custom_fieldable":{"id":4},"custom_fieldable_id":"4",
            "created_at":"2025-01-02 01:10:54","updated_at":"2025-01-02 01:10:54","version":null,"is_index":null},
            {"handle":"colours","namespace":"gift","value":["red","gold"],"type":"array"}],
            "links":{"first":"x","last":"x","prev":null,"next":null},
            "meta":{"current_page":1,"from":1,"last_page":1,"per_page":15,"to":2,"total":2,"path":"x"}}
            """#
        let page = try JSONDecoder().decode(PageEnvelope<CustomField>.self, from: Data(json.utf8))
        #expect(page.data.count == 2)
        let budget = try #require(page.data.first)
        #expect(budget.id == nil && budget.name == nil && budget.customFieldableID == 4 && budget.isIndex == nil)
        #expect(budget.type == .float && budget.value == .string("250.5"))
        #expect(page.data[1].type == .array && page.data[1].value == .array([.string("red"), .string("gold")]))
        #expect(CustomFieldType(rawValue: "date").isKnown == false)
    }

    @Test func decodesOmneosReservationsAndShares() throws {
        let json = #"""
            {"data":[{"id":"31","profile":{"id":"9dc23986-a4b6-46b7-b6ec-14408abcbe00","first_name":"Ana",
            "email":"ana@example.com","identities":[],"attributes":null},"external_profile_id":null,
            "product_list_item_id":"88","product_list_item":{"id":88,"product_list_id":"7","product_category":null,
            "product_variant":{"id":77001,"sku":"SKU-1"},"product":{"id":1001,"external_id":"P-1001"},
            "custom_product":null,"quantity":"1","position":null,"status":"remaining","meta":null,"source":null,
            "location":null},"product_list_id":7,"quantity":1,"timezone":"Australia/Melbourne","expires_at":null,
            "created_at":"2025-01-02 01:10:54","updated_at":"2025-01-02 01:10:54"}]}
            """#
        let reservations = try JSONDecoder().decode(DataEnvelope<[ListItemReservation]>.self, from: Data(json.utf8))
            .data
        let reservation = try #require(reservations.first)
        #expect(reservation.id == 31 && reservation.productListItemID == 88 && reservation.productListID == 7)
        #expect(reservation.profile?.id.rawValue == "9dc23986-a4b6-46b7-b6ec-14408abcbe00")
        #expect(reservation.productListItem?.listID == 7 && reservation.productListItem?.quantity == 1)
        #expect(reservation.productListItem?.product?["external_id"] == .string("P-1001"))
        #expect(reservation.productListItem?.customProduct == nil)

        let share = try JSONDecoder().decode(
            DataEnvelope<ListShare>.self,
            from: Data(
                #"{"data":{"id":"5","handle":null,"profile_id":"9dc23986-a4b6-46b7-b6ec-14408abcbe00","product_list_id":"7","created_at":"x","updated_at":"x","list":{}}}"#
                    .utf8)
        ).data
        #expect(share.id == 5 && share.handle == nil && share.productListID == 7)
    }

    @Test func decodesACustomItemAndAListWithItsDefinition() throws {
        let item = try JSONDecoder().decode(
            ListItem.self,
            from: Data(
                #"{"id":9,"product_list_id":7,"product":null,"product_variant":null,"custom_product":{"product_id":"1001","name":"Vase","price":"49.99","description":null},"quantity":3,"position":1,"reservations":[]}"#
                    .utf8))
        #expect(item.customProduct?["price"] == .string("49.99") && item.position == 1 && item.product == nil)

        let list = try JSONDecoder().decode(
            ProfileList.self,
            from: Data(
                #"{"id":7,"profile_id":"9dc23986-a4b6-46b7-b6ec-14408abcbe00","name":"Wedding","handle":null,"list_definition_id":"12","definition":{"id":12,"name":"Gift registry","handle":"gift-registry","type":"gift_registry"},"is_shared":false,"shares":[],"custom_fields":[],"items":[]}"#
                    .utf8))
        #expect(list.listDefinitionID == 12 && list.definition?.handle == "gift-registry" && list.items == [])
    }
}
