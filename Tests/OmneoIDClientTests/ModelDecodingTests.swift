import Foundation
import OmneoModels
import Testing

/// The shared models decode Omneo's real shapes: the fields, `null`s and string ids of
/// `omneo/omneo-sdk` `src/types/**` (file named per test), with keys the models do not know.
@Suite struct ModelDecodingTests {
    static func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(json.utf8))
    }

    /// `src/types/profile/comms.ts`: `profile_id`, nullable flags, `*_raw` twins, topic flags,
    /// verification, terms and timestamps.
    static let commsJSON = #"""
        {"profile_id":"9a1c3c7e-2f4b-4c7e-9d55-0b7b8f1e6a10",
         "email_optout":false,"email_optout_raw":0,"sms_optout":null,"sms_optout_raw":0,
         "push_optout":1,"email_promo":true,"email_promo_raw":1,"sms_promo":null,
         "email_bounced":false,"email_discover":true,"sms_service":false,"post_reminders":null,
         "email_verification":"sent","sms_verification":"not_sent",
         "terms_accepted_at":null,"terms_accepted_version":null,
         "created_at":"2024-03-01 10:00:00","updated_at":"2024-03-02 11:30:00","some_future_flag":"x"}
        """#

    @Test func commsDecodeOmneosShapeWithNullsRawTwinsAndUnknownKeys() throws {
        let comms = try Self.decode(Comms.self, Self.commsJSON)
        #expect(comms.profileID == "9a1c3c7e-2f4b-4c7e-9d55-0b7b8f1e6a10")
        #expect(comms[.emailOptout] == false)
        #expect(comms[.emailPromo] == true)
        #expect(comms[CommsKey(.push, .optout)] == true)  // `1`
        #expect(comms[CommsKey(.sms, .optout)] == nil)  // `null`: no choice recorded
        #expect(comms[CommsKey(.email, .discover)] == true)
        #expect(comms[CommsKey(.sms, .service)] == false)
        #expect(comms.flags.count == 6)  // the three `null`s are left out
        #expect(comms.verification == [.email: "sent", .sms: "not_sent"])
        #expect(comms.termsAcceptedAt == nil)
        #expect(comms.createdAt == "2024-03-01 10:00:00")
    }

    @Test func commsAsAPartialUpdateEncodeOnlyTheFlagsSet() throws {
        let body = try JSONEncoder().encode(Comms([.emailPromo: true, CommsKey(.sms, .discover): false]))
        let object = try JSONSerialization.jsonObject(with: body) as? [String: Any]
        #expect(object?.keys.sorted() == ["email_promo", "sms_discover"])
    }

    @Test func commsRefuseAFlagThatIsNoBoolean() {
        #expect(throws: DecodingError.self) { try Self.decode(Comms.self, #"{"email_optout":"maybe"}"#) }
    }

    /// `src/types/profile.ts`: `profile_type`, `secondary_phone`, the SDK's `witheld`, ids and
    /// numbers as strings, `null` tags and timestamps, balances, embedded regions and tiers.
    @Test func profileDecodesOmneosShapeLeniently() throws {
        let json = #"""
            {"data":{"id":"9a1c3c7e-2f4b-4c7e-9d55-0b7b8f1e6a10","title":null,"first_name":"Ada",
             "last_name":"Lovelace","email":"ada@example.com","gender":"witheld","currency":null,
             "joined_at":"2023-01-01 00:00:00","mobile_phone":"+61400000000","mobile_phone_country":"AU",
             "secondary_phone":"0390000000","birth_day":"10","birth_month":12,"birth_year":null,
             "company":null,"occupation":null,"avatar_url":null,"is_completed":true,
             "joined_location_id":"3","preferred_location_id":null,"tier_handle":"gold",
             "tier":{"handle":"gold","name":"Gold"},"identities":null,"tags":["vip",7],
             "attributes":{"comms":\#(Self.commsJSON),"appearance":{"size_shoe":"9","eye_colour":null},
               "dates":[]},
             "statuses":[],"custom_attributes":[],"reward_balance":"12.50","point_balance":420,
             "profile_type":"active","region":null,"regions":[],
             "created_at":"2023-01-01 00:00:00","updated_at":null}}
            """#
        let profile = try Self.decode(DataEnvelope<Profile>.self, json).data
        #expect(profile.gender == Gender(rawValue: "witheld"))
        #expect(profile.gender?.isKnown == false)
        #expect(profile.profileType == .active)
        #expect(profile.secondaryPhone == "0390000000")
        #expect(profile.birthDay == 10)
        #expect(profile.birthYear == nil)
        #expect(profile.joinedLocationID == 3)
        #expect(profile.tierHandle == "gold")
        #expect(profile.rewardBalance == 12.5)
        #expect(profile.pointBalance == 420)
        #expect(profile.tags == ["vip", "7"])
        #expect(profile.identities.isEmpty)
        #expect(profile.attributes.comms[.emailPromo] == true)
        #expect(profile.attributes.appearance?.fields == ["size_shoe": "9"])  // `null` = not set
        #expect(profile.updatedAt == nil)
    }

    @Test func genderKeepsUnknownValuesButOnlyDocumentedOnesAreKnown() throws {
        #expect(try Self.decode([Gender].self, #"["female","non-binary"]"#) == [.female, Gender(rawValue: "non-binary")])
        #expect(Gender(known: "female") == .female)
        #expect(Gender(known: "non-binary") == nil)
        #expect(String(data: try JSONEncoder().encode(Gender(rawValue: "non-binary")), encoding: .utf8) == #""non-binary""#)
    }

    /// `src/types/address.ts`: string ids and coordinates, `iso`, `iso_state`, `notes`, `meta`.
    @Test func addressDecodesStringIDsAndCoordinates() throws {
        let json = #"""
            {"id":"581","profile_id":"9a1c3c7e-2f4b-4c7e-9d55-0b7b8f1e6a10","address_line_1":"1 George St",
             "address_line_2":null,"address_line_3":null,"company":"","is_default":1,
             "latitude":"-33.8688","longitude":"151.2093","city":"Sydney","state":"NSW","postcode":2000,
             "country":"Australia","iso":"AU","iso_state":"AU-NSW","notes":"Leave at door",
             "meta":{"source":"pos"},"external_id":12345,"created_at":"2024-01-01 00:00:00"}
            """#
        let address = try Self.decode(Address.self, json)
        #expect(address.id == 581)
        #expect(address.latitude == -33.8688)
        #expect(address.longitude == 151.2093)
        #expect(address.postcode == "2000")
        #expect(address.isDefault == true)
        #expect(address.iso == "AU")
        #expect(address.isoState == "AU-NSW")
        #expect(address.notes == "Leave at door")
        #expect(address.meta == .object(["source": .string("pos")]))
        #expect(address.externalID == "12345")
        #expect(address.updatedAt == nil)
    }

    @Test func addressRefusesCoordinatesThatAreNoNumber() {
        #expect(throws: DecodingError.self) { try Self.decode(Address.self, #"{"latitude":"north"}"#) }
    }

    /// `src/types/list.ts` (`List`, `ListItem`): embedded `items[]`, `product_list_id`, nested
    /// `product` / `product_variant`, nullable position, status, meta, source.
    @Test func listWithEmbeddedItemsDecodes() throws {
        let json = #"""
            {"id":44,"profile_id":"9a1c3c7e-2f4b-4c7e-9d55-0b7b8f1e6a10","name":"Wishlist","description":null,
             "meta":null,"handle":"wishlist","sort_order":null,"is_shared":false,"shares":[],"tags":[],
             "custom_fields":[],"definition":{"id":1,"handle":"wishlist"},"custom_date":null,"location":null,
             "staff":null,"created_at":"2024-01-01 00:00:00","updated_at":"2024-01-01 00:00:00",
             "items":[{"id":"901","product_list_id":44,"product_category":null,
               "product_variant":{"id":7,"product_id":3,"sku":"SKU-7","title":"Linen shirt / M","price":129.0},
               "product":{"id":3,"title":"Linen shirt"},"custom_product":null,"quantity":"2","position":null,
               "status":null,"meta":{"colour":"blue"},"source":null,"location":null,"reservations":[],
               "created_at":"2024-01-02 00:00:00","updated_at":"2024-01-02 00:00:00"}]}
            """#
        let list = try Self.decode(ProfileList.self, json)
        #expect(list.name == "Wishlist")
        #expect(list.handle == "wishlist")
        #expect(list.itemsCount == nil)
        let item = try #require(list.items?.first)
        #expect(item.id == 901)
        #expect(item.listID == 44)
        #expect(item.quantity == 2)
        #expect(item.position == nil)
        #expect(item.meta == .object(["colour": .string("blue")]))
        guard case .object(let variant)? = item.productVariant else {
            Issue.record("product_variant not kept")
            return
        }
        #expect(variant["sku"] == .string("SKU-7"))
    }

    @Test func listItemReadsTheOlderListIDKeyToo() throws {
        let item = try Self.decode(ListItem.self, #"{"id":1,"list_id":9,"quantity":1,"product_variant_sku":"A-1"}"#)
        #expect(item.listID == 9)
        #expect(item.productVariantSKU == "A-1")
    }

    /// `src/types/identities.ts`: flags may arrive as `0`/`1`, identifiers as numbers.
    @Test func identityDecodesNumericFlagsAndIdentifiers() throws {
        let identity = try Self.decode(
            Identity.self,
            #"{"id":"12","profile_id":"9a1c3c7e-2f4b-4c7e-9d55-0b7b8f1e6a10","handle":"magento_id","identifier":1004993,"is_primary":1,"is_active":0}"#
        )
        #expect(identity.id == 12)
        #expect(identity.identifier == "1004993")
        #expect(identity.isPrimary)
        #expect(!identity.isActive)
    }

    /// `src/types/location.ts`: Omneo's hours, nullable name/type/address, `external_code`.
    @Test func locationDecodesOmneosHoursAndNulls() throws {
        let json = #"""
            {"id":"12","type":null,"name":null,"description":null,"phone":null,"email":"x@example.com",
             "external_id":987,"external_code":"MEL01","is_published":1,"is_permanently_closed":false,
             "address":null,
             "normal_hours":[{"id":1,"location_id":12,"day_of_week":"MON","open_at":"09:00:00","close_at":"17:00:00",
               "created_at":"2024-01-01 00:00:00","updated_at":"2024-01-01 00:00:00"},
               {"id":2,"location_id":12,"day_of_week":"HOL","open_at":null,"close_at":null}],
             "special_hours":[{"id":5,"location_id":12,"name":"Christmas","is_repeating":1,"open_at":null,
               "close_at":null,"start_at":"2026-12-25 00:00:00","end_at":"2026-12-25 23:59:59"}]}
            """#
        let location = try Self.decode(Location.self, json)
        #expect(location.id == 12)
        #expect(location.name == nil)
        #expect(location.type == nil)
        #expect(location.address == nil)
        #expect(location.isPublished)
        #expect(location.externalID == "987")
        #expect(location.externalCode == "MEL01")
        #expect(location.tags.isEmpty)
        #expect(location.normalHours.map(\.dayOfWeek) == [.monday, Weekday(rawValue: "HOL")])
        #expect(location.normalHours[0].openAt == "09:00:00")
        #expect(location.specialHours.first?.isRepeating == true)
        #expect(location.specialHours.first?.startAt == "2026-12-25 00:00:00")
    }

    /// `src/types/profile/dates-attribute.ts`, `custom-attribute.ts`, `balances.ts`, `region.ts`.
    @Test func profileSubResourcesDecodeLeniently() throws {
        let date = try Self.decode(
            ProfileDate.self,
            #"{"id":"31","profile_id":"9a1c3c7e-2f4b-4c7e-9d55-0b7b8f1e6a10","date":"2024-12-02","is_recurring":1,"recurring_schedule":"Yearly","name":"Birthday","handle":"birthday","relationship":"Me","description":null,"meta":null,"note":"","extra":true}"#
        )
        #expect(date.id == 31)
        #expect(date.isRecurring)
        #expect(date.description == nil)

        let attribute = try Self.decode(
            CustomAttribute.self, #"{"id":3,"namespace":"app","handle":"level","type":"integer","value":7}"#)
        #expect(attribute.type == .integer)
        #expect(attribute.type.accepts(attribute.value))
        #expect(!CustomAttributeType.integer.accepts(.string("7")))

        let balances = try Self.decode(
            ProfileBalances.self,
            #"{"reward_balance":"20.00","point_balance":1250,"point_balance_dollars":12.5,"combined_balance_dollars":32.5}"#
        )
        #expect(balances.rewardBalance == 20)
        #expect(balances.benefitBalance == 0)  // missing: 0

        let region = try Self.decode(
            Region.self,
            #"{"id":4,"name":"VIC","handle":"vic","countries":[{"iso_2":"AU","name":"Australia"}],"is_default":0,"country":"AU","state":null,"created_at":"x","updated_at":"y"}"#
        )
        #expect(region.countries.count == 1)
        #expect(!region.isDefault)
        #expect(region.state == nil)
    }
}
