import Foundation
import OmneoModels
import Testing

/// `ProfileAggregations` on Omneo's shape (`omneo-sdk` `src/types/profile/aggregations.ts`):
/// numbers as text, `null`s, nested locations and keys the model does not know.
@Suite struct ProfileAggregationsDecodingTests {
    @Test func decodesOmneosAggregations() throws {
        let json = #"""
            {"data":{"profile_id":"9dc23986-a4b6-46b7-b6ec-14408abcbe00","shop_days":"7","spend_12m":"1250.50",
             "spend_12m_now":null,"spend_all":3100,"spend_atv_12m":178.64,"spend_atv_all":"206.67","discount_avg":12.5,
             "spend_first_date":"2021-03-04 10:00:00","spend_last_date":null,"dimension_frequency":"FL",
             "dimension_recency":"RS","dimension_join":"J3","channel":"CO","shop_count":15,
             "store_join":{"id":"4","name":"Chadstone"},"likely_country":"AU","likely_country_score":0.9,
             "purchased_brands":["Acme",7],"total_shop_days":null,"first_shop_days":1400,"second_shop_days":null,
             "latest_shop_days":"95","average_shop_days":null,"latest_shop_spend":"80.00",
             "latest_shop_currency":"AUD","most_transacted_location":null,"likely_region":null,"brand_new_key":true}}
            """#
        let value = try JSONDecoder().decode(DataEnvelope<ProfileAggregations>.self, from: Data(json.utf8)).data
        #expect(value.shopDays == 7 && value.spend12m == 1250.5 && value.spendAtvAll == 206.67)
        #expect(value.spendLastDate == nil && value.dimensionJoin == "J3" && value.channel == "CO")
        #expect(value.purchasedBrands == ["Acme", "7"] && value.latestShopDays == 95 && value.latestShopSpend == 80)
        #expect(value.likelyCountry == "AU" && value.shopCount == 15)
    }
}
