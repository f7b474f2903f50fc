import OmneoModels

/// How the sandbox computes a profile's balances from what it holds (see docs/DECISIONS.md,
/// "Balances"): rewards' and points' remaining values that have not expired, points worth 1
/// cent each (100 points = $1), benefits counted (redeemable ones), and the combined balance
/// rewards plus points in dollars (benefits are not money).
enum ProfileBalancesRule {
    /// Cents per point.
    static let centsPerPoint = 1.0

    /// The most rows of one kind a profile's balance adds up (the sandbox's scale).
    static let rowLimit = 10_000

    /// A profile holding nothing.
    static let empty = balances(rewards: [], points: [], benefits: [], now: "")

    /// The balances of `rewards`, `points` and `benefits` at `now` (UTC `YYYY-MM-DD HH:MM:SS`).
    static func balances(
        rewards: [RewardRecord], points: [PointRecord], benefits: [BenefitRecord], now: String
    ) -> ProfileBalances {
        let rewardDollars = rewards.filter { isLive($0.expiresAt, now) }.reduce(0) { $0 + $1.valueRemaining }
        let pointCount = points.filter { isLive($0.expiresAt, now) }.reduce(0) { $0 + $1.valueRemaining }
        let pointDollars = dollars(points: pointCount)
        return ProfileBalances(
            rewardBalance: rounded(rewardDollars), pointBalance: pointCount, pointBalanceDollars: pointDollars,
            benefitBalance: Double(benefits.filter { BenefitRules.isRedeemable($0, now: now) }.count),
            combinedBalanceDollars: rounded(rewardDollars + pointDollars))
    }

    /// The balances of the profile `profileID` now.
    static func load(profileID: String, store: any SandboxStore) async throws -> ProfileBalances {
        let held = try await ProfileHoldings.load(profileID: profileID, store: store)
        return balances(rewards: held.rewards, points: held.points, benefits: held.benefits, now: Timestamp.now())
    }

    /// `points` in dollars, to the cent.
    static func dollars(points: Double) -> Double {
        (points * centsPerPoint).rounded() / 100
    }

    /// Whether something expiring at `expiresAt` still counts at `now`.
    static func isLive(_ expiresAt: String?, _ now: String) -> Bool {
        expiresAt.map { $0 > now } ?? true
    }

    private static func rounded(_ dollars: Double) -> Double {
        (dollars * 100).rounded() / 100
    }
}

/// The rewards, points and benefits a profile holds (at most ``ProfileBalancesRule/rowLimit`` of each).
struct ProfileHoldings {
    var rewards: [RewardRecord]
    var points: [PointRecord]
    var benefits: [BenefitRecord]

    static func load(profileID: String, store: any SandboxStore) async throws -> ProfileHoldings {
        let query = StoreQuery(
            conditions: [.equals(column: "profile_id", value: .text(profileID))],
            page: PageRequest(number: 1, size: ProfileBalancesRule.rowLimit))
        return ProfileHoldings(
            rewards: try await store.rewards(query).items, points: try await store.points(profileID: profileID),
            benefits: try await store.benefits(query).items)
    }
}
