import Foundation
import OmneoModels
import Testing

/// Benefits decode Omneo's shapes: `src/types/benefits.ts` (`Benefit` with its nested
/// `BenefitDefinition`, `null`s, keys the models do not know), `omneo/docs`
/// `profile-benefits.md`, the claimable list's string ids, and `src/types/redemptions.ts`.
@Suite struct BenefitDecodingTests {
    /// A benefit as `src/types/benefits.ts` describes it: every documented key, many `null`.
    static let benefitJSON = #"""
        {"claimed_at":null,"combine_meta":null,"created_at":"2024-12-06 00:00:01","expires_at":"2024-12-06 12:59:59",
         "extended_at":null,"external_id":"ABCDEFGHIJ","id":"4512","is_combined":false,"is_expired":1,
         "is_redeemable":0,"issued_at":"2024-12-05 21:30:00","meta":null,
         "profile_id":"5f3c9a8e-2b7d-4e61-9c0a-1d2e3f4a5b01","redeem_code_online":null,"redeem_code_pos":"POS-1",
         "redemptions_remaining":null,"source_id":0,"source_type":null,"timezone":"Australia/Melbourne",
         "total_global_redemptions_remaining":0,"updated_at":"2024-12-06 00:00:01","value":"15.5",
         "definition":{"absolute_expiry":null,"allow_user_redeem":true,"campaign":null,"claim_condition":null,
           "claim_period_end_at":"2030-01-01 00:00:00","claim_period_start_at":"2025-01-01 00:00:00",
           "claim_timeframe":null,"created_at":"2024-12-01 00:00:00","currency":null,"description":null,
           "earn_instructions":null,"end_at":null,"extend_target_id":0,"external_id":"","force_allocation":false,
           "handle":"sdk_unit_test","icon":null,"id":77,"image_url":null,"internal_notes":null,"is_archived":false,
           "is_assignable":true,"is_claimable":true,"is_extendable":"1","is_published":true,"is_reassignable":false,
           "is_reclaimable":true,"issue_target_id":0,"long_description":null,"max_global_redemptions":null,
           "max_redemptions":"3","meta":{"colour":"gold"},"name":"SDK unit test","notify_schedule_offset":null,
           "period":30,"period_type":"days","redeem_code_online":null,"redeem_code_pos":null,
           "region":{"name":"VIC","handle":"vic"},"region_id":0,"same_campaign_count":0,"short_description":null,
           "tags":[],"terms_conditions":null,"total_allocations":null,"type":null,"updated_at":"2024-12-01 00:00:00",
           "value":null,"view_condition":null,"visibility_condition":null}}
        """#

    @Test func aBenefitWithStringIdsNullsAndUnknownKeys() throws {
        let benefit = try JSONDecoder().decode(Benefit.self, from: Data(Self.benefitJSON.utf8))
        #expect(benefit.id == 4512)
        #expect(benefit.value == 15.5)
        #expect(benefit.isExpired && !benefit.isRedeemable)
        #expect(benefit.redemptionsRemaining == nil)
        #expect(benefit.claimedAt == nil && benefit.meta == nil)
        #expect(benefit.redeemCodePos == "POS-1")
        let definition = try #require(benefit.definition)
        #expect(definition.id == 77 && definition.handle == "sdk_unit_test")
        #expect(definition.isExtendable && definition.isClaimable && definition.allowUserRedeem)
        #expect(definition.maxRedemptions == 3)
        #expect(definition.type == nil && definition.value == nil)
        #expect(definition.meta == .object(["colour": .string("gold")]))
    }

    /// `omneo/docs` `profile-benefits.md`: a definition with `notes` and no flags but two.
    @Test func theDocumentedBenefitAndAClaimableDefinitionWithAStringID() throws {
        let documented = try JSONDecoder().decode(
            Benefit.self,
            from: Data(
                #"{"id":1,"expires_at":"1973-07-23 10:35:28","issued_at":"1973-07-13 10:35:28","is_expired":true,"is_redeemable":false,"redemptions_remaining":7,"definition":{"id":1,"name":"accusamus","handle":"corporis","period":10,"description":"Est.","notes":"Saepe.","max_redemptions":7,"is_extendable":false,"is_reassignable":false,"tags":[],"created_at":"2018-02-12 05:51:22","updated_at":"2018-02-12 05:51:22"},"created_at":"2018-02-12 05:51:22","updated_at":"2018-02-12 05:51:22"}"#
                    .utf8))
        #expect(documented.redemptionsRemaining == 7)
        #expect(documented.profileID == nil)
        #expect(documented.definition?.maxRedemptions == 7)
        let claimable = try JSONDecoder().decode(
            [BenefitDefinition].self, from: Data(#"[{"id":"12","name":"n","handle":"h","period":null,"tags":null}]"#.utf8))
        #expect(claimable.first?.id == 12)
        #expect(claimable.first?.tags == [])
        #expect(claimable.first?.period == nil)
    }

    /// `src/types/redemptions.ts`: a redemption whose items are a benefit and a reward.
    @Test func aRedemptionWithABenefitItemAndAnotherKind() throws {
        let json = """
            {"created_at":"2025-01-01 00:00:00","id":9,"items":[
              {"count":1,"created_at":"2025-01-01 00:00:00","id":"31","type":"benefit","type_attributes":\(Self.benefitJSON),
               "updated_at":"2025-01-01 00:00:00","value":null},
              {"count":null,"id":32,"type":"reward","type_attributes":{"id":5,"value_remaining":0},"value":"10"}],
             "location":null,"location_id":0,"meta":null,"profile":{"first_name":null,"email":"x@example.com","statuses":[]},
             "profile_id":"5f3c9a8e-2b7d-4e61-9c0a-1d2e3f4a5b01","redeem_at":null,"total":null,"total_localised":null,
             "transaction":null,"transaction_id":0,"type":"redeem","updated_at":"2025-01-01 00:00:00"}
            """
        let redemption = try JSONDecoder().decode(Redemption.self, from: Data(json.utf8))
        #expect(redemption.id == 9 && redemption.type == "redeem" && redemption.total == nil)
        #expect(redemption.items.count == 2)
        #expect(redemption.items[0].id == 31 && redemption.items[0].benefit?.id == 4512)
        #expect(redemption.items[1].benefit == nil)
        #expect(redemption.items[1].value == 10)
        #expect(redemption.items[1].typeAttributes == .other(.object(["id": .number(5), "value_remaining": .number(0)])))
        let again = try JSONDecoder().decode(Redemption.self, from: JSONEncoder().encode(redemption))
        #expect(again == redemption)
    }
}

/// `src/types/profile/redeem.ts`: what `POST /profiles/me/redeem` answers.
@Suite struct ProfileRedeemDecodingTests {
    @Test func aRedeemWithStringNumbersNullsAndUnknownKeys() throws {
        let json = #"""
            {"id":"17","profile_id":"5f3c9a8e-2b7d-4e61-9c0a-1d2e3f4a5b01","total_localised":"5","total":5,
             "balances":{"reward_balance":"15","point_balance":1250,"point_balance_dollars":12.5,"benefit_balance":null,
               "combined_balance_dollars":27.5},
             "meta":null,"transaction_external_id":null,"created_at":"2025-01-01 00:00:00","updated_at":"2025-01-01 00:00:00"}
            """#
        let redeem = try JSONDecoder().decode(ProfileRedeem.self, from: Data(json.utf8))
        #expect(redeem.id == 17 && redeem.total == 5 && redeem.totalLocalised == 5)
        #expect(redeem.balances?.rewardBalance == 15 && redeem.balances?.benefitBalance == 0)
        #expect(redeem.meta == nil)
    }
}

/// `src/types/credit.ts`: a credit with a string `credit_definition_id`, `null`s and keys the
/// model does not know, redeemed in a `credit` redemption item.
@Suite struct CreditDecodingTests {
    @Test func aCreditWithStringIdsNullsAndUnknownKeysInARedemption() throws {
        let json = #"""
            {"id":1,"type":"redeem","total":100,"items":[{"id":2,"type":"credit","count":1,"value":100,"type_attributes":
             {"id":"41","profile_id":"5f3c9a8e-2b7d-4e61-9c0a-1d2e3f4a5b01","creator_profile_id":null,"staff_id":null,
              "location_id":null,"name":"Gift","credit_definition_id":"7","definition":{"id":7,"name":"Gift card",
              "handle":"gift","region_id":null,"region":null,"timezone":"UTC","period":0,"period_type":"days",
              "is_published":1,"type":"gift_card","value":"100","max_value":null,"require_security_code":null,
              "credit_number_range_type":"random","custom_fields":[],"tags":null},
              "recipient_first_name":"example","recipient_email":"example@example.com","message":"hi",
              "timezone":"Australia/Melbourne","issued_at":"2028-01-13 20:39:51","expires_at":null,"released_at":null,
              "extended_at":null,"value_initial":"100","value_remaining":0,"external_id":null,"external_namespace":null,
              "credit_number":1234567890,"security_code":"1113","locked":null,"has_notified_issue":false,"meta":null,
              "is_imported":null,"created_at":"2028-01-13 20:39:51","updated_at":"2028-01-13 20:39:51"}}]}
            """#
        let redemption = try JSONDecoder().decode(Redemption.self, from: Data(json.utf8))
        let credit = try #require(redemption.items.first?.credit)
        #expect(credit.id == 41 && credit.creditDefinitionID == 7)
        #expect(credit.valueInitial == 100 && credit.valueRemaining == 0)
        #expect(credit.creditNumber == "1234567890" && credit.expiresAt == nil)
        #expect(credit.definition?.isPublished == true && credit.definition?.requireSecurityCode == false)
        #expect(credit.definition?.value == 100 && credit.definition?.tags == [])
    }
}
