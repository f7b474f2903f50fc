/// What Omneo derives from a profile's shopping (`omneo-sdk` `src/types/profile/aggregations.ts`,
/// `Aggregations`), as `GET /profiles/{id}/aggregations` and `…/aggregations/calculate` answer it.
/// The dimension codes are open text (Omneo documents `F0`–`FH`, `RR`–`RC`, `JN`/`JC`/`J{n}`,
/// `CO`/`CF`/`CM`). Decoding is lenient; encoding writes every key, `null` included.
public struct ProfileAggregations: Codable, Sendable, Equatable {
    public var profileID: String?
    /// Distinct days with a purchase.
    public var shopDays: Int?
    public var shopCount: Int?
    public var spend12m: Double?
    public var spendAll: Double?
    public var spendAtv12m: Double?
    public var spendAtvAll: Double?
    public var discountAvg: Double?
    /// `YYYY-MM-DD HH:MM:SS`.
    public var spendFirstDate: String?
    public var spendLastDate: String?
    public var dimensionFrequency: String?
    public var dimensionRecency: String?
    public var dimensionJoin: String?
    public var channel: String?
    public var purchasedBrands: [String]
    public var firstShopDays: Int?
    public var latestShopDays: Int?
    public var averageShopDays: Double?
    public var latestShopSpend: Double?
    public var latestShopCurrency: String?
    public var likelyCountry: String?

    public init(profileID: String?) {
        self.profileID = profileID
        purchasedBrands = []
    }

    enum CodingKeys: String, CodingKey {
        case profileID = "profile_id"
        case shopDays = "shop_days"
        case shopCount = "shop_count"
        case spend12m = "spend_12m"
        case spendAll = "spend_all"
        case spendAtv12m = "spend_atv_12m"
        case spendAtvAll = "spend_atv_all"
        case discountAvg = "discount_avg"
        case spendFirstDate = "spend_first_date"
        case spendLastDate = "spend_last_date"
        case dimensionFrequency = "dimension_frequency"
        case dimensionRecency = "dimension_recency"
        case dimensionJoin = "dimension_join"
        case channel
        case purchasedBrands = "purchased_brands"
        case firstShopDays = "first_shop_days"
        case latestShopDays = "latest_shop_days"
        case averageShopDays = "average_shop_days"
        case latestShopSpend = "latest_shop_spend"
        case latestShopCurrency = "latest_shop_currency"
        case likelyCountry = "likely_country"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        profileID = try c.decodeLenientString(.profileID)
        shopDays = try c.decodeLenientInt(.shopDays)
        shopCount = try c.decodeLenientInt(.shopCount)
        spend12m = try c.decodeLenientDouble(.spend12m)
        spendAll = try c.decodeLenientDouble(.spendAll)
        spendAtv12m = try c.decodeLenientDouble(.spendAtv12m)
        spendAtvAll = try c.decodeLenientDouble(.spendAtvAll)
        discountAvg = try c.decodeLenientDouble(.discountAvg)
        spendFirstDate = try c.decodeLenientString(.spendFirstDate)
        spendLastDate = try c.decodeLenientString(.spendLastDate)
        dimensionFrequency = try c.decodeLenientString(.dimensionFrequency)
        dimensionRecency = try c.decodeLenientString(.dimensionRecency)
        dimensionJoin = try c.decodeLenientString(.dimensionJoin)
        channel = try c.decodeLenientString(.channel)
        purchasedBrands = try c.decodeLenientStrings(.purchasedBrands)
        firstShopDays = try c.decodeLenientInt(.firstShopDays)
        latestShopDays = try c.decodeLenientInt(.latestShopDays)
        averageShopDays = try c.decodeLenientDouble(.averageShopDays)
        latestShopSpend = try c.decodeLenientDouble(.latestShopSpend)
        latestShopCurrency = try c.decodeLenientString(.latestShopCurrency)
        likelyCountry = try c.decodeLenientString(.likelyCountry)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(profileID, forKey: .profileID)
        try c.encode(shopDays, forKey: .shopDays)
        try c.encode(shopCount, forKey: .shopCount)
        try c.encode(spend12m, forKey: .spend12m)
        try c.encode(spendAll, forKey: .spendAll)
        try c.encode(spendAtv12m, forKey: .spendAtv12m)
        try c.encode(spendAtvAll, forKey: .spendAtvAll)
        try c.encode(discountAvg, forKey: .discountAvg)
        try c.encode(spendFirstDate, forKey: .spendFirstDate)
        try c.encode(spendLastDate, forKey: .spendLastDate)
        try c.encode(dimensionFrequency, forKey: .dimensionFrequency)
        try c.encode(dimensionRecency, forKey: .dimensionRecency)
        try c.encode(dimensionJoin, forKey: .dimensionJoin)
        try c.encode(channel, forKey: .channel)
        try c.encode(purchasedBrands, forKey: .purchasedBrands)
        try c.encode(firstShopDays, forKey: .firstShopDays)
        try c.encode(latestShopDays, forKey: .latestShopDays)
        try c.encode(averageShopDays, forKey: .averageShopDays)
        try c.encode(latestShopSpend, forKey: .latestShopSpend)
        try c.encode(latestShopCurrency, forKey: .latestShopCurrency)
        try c.encode(likelyCountry, forKey: .likelyCountry)
    }
}
