/// A profile's balances (`GET /profiles/{id}/balances`), after `omneo-sdk`
/// `src/types/profile/balances.ts`. Amounts may arrive as numbers or numeric strings.
public struct ProfileBalances: Codable, Sendable, Equatable {
    public var rewardBalance: Double
    public var pointBalance: Double
    public var pointBalanceDollars: Double
    public var benefitBalance: Double
    public var combinedBalanceDollars: Double

    public init(
        rewardBalance: Double, pointBalance: Double, pointBalanceDollars: Double, benefitBalance: Double,
        combinedBalanceDollars: Double
    ) {
        self.rewardBalance = rewardBalance
        self.pointBalance = pointBalance
        self.pointBalanceDollars = pointBalanceDollars
        self.benefitBalance = benefitBalance
        self.combinedBalanceDollars = combinedBalanceDollars
    }

    enum CodingKeys: String, CodingKey {
        case rewardBalance = "reward_balance"
        case pointBalance = "point_balance"
        case pointBalanceDollars = "point_balance_dollars"
        case benefitBalance = "benefit_balance"
        case combinedBalanceDollars = "combined_balance_dollars"
    }

    /// Lenient: a missing or `null` amount is 0.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        rewardBalance = try c.decodeLenientDouble(.rewardBalance) ?? 0
        pointBalance = try c.decodeLenientDouble(.pointBalance) ?? 0
        pointBalanceDollars = try c.decodeLenientDouble(.pointBalanceDollars) ?? 0
        benefitBalance = try c.decodeLenientDouble(.benefitBalance) ?? 0
        combinedBalanceDollars = try c.decodeLenientDouble(.combinedBalanceDollars) ?? 0
    }
}
