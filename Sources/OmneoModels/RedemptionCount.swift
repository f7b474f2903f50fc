/// How often something was redeemed (`GET /profiles/me/redemptions/{type}/{id}/count`,
/// `omneo-sdk` `src/types/profiles/redemption.ts`, `ProfileRedemptionCountResponse`).
public struct RedemptionCount: Codable, Sendable, Equatable {
    public var count: Int

    public init(count: Int) {
        self.count = count
    }

    enum CodingKeys: String, CodingKey {
        case count
    }

    public init(from decoder: any Decoder) throws {
        count = try decoder.container(keyedBy: CodingKeys.self).decodeLenientInt(.count) ?? 0
    }
}
