import OmneoModels

/// How the sandbox values a profile's balances: points are worth 1 cent each (100 points =
/// $1), benefits hold no dollar balance yet, and the combined balance is rewards plus points.
enum ProfileBalancesRule {
    /// Cents per point.
    static let centsPerPoint = 1.0

    static func balances(of record: ProfileRecord) -> ProfileBalances {
        let rewards = record.rewardBalance ?? 0
        let points = record.pointBalance ?? 0
        let pointDollars = (points * centsPerPoint).rounded() / 100
        return ProfileBalances(
            rewardBalance: rewards, pointBalance: points, pointBalanceDollars: pointDollars, benefitBalance: 0,
            combinedBalanceDollars: ((rewards + pointDollars) * 100).rounded() / 100)
    }
}
