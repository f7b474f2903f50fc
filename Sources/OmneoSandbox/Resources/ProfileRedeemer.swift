import OmneoHTTP
import OmneoModels

/// `POST /profiles/{id}/redeem {"amount": …}`: spends `amount` dollars of the profile's
/// balance, rewards first then points (Omneo's `rewards_points` strategy, `omneo/docs`
/// `redeem.md`), each kind the soonest-expiring first; 422 when the balance is smaller. The
/// redemption is recorded with one item per reward or point drawn on.
struct ProfileRedeemer {
    let store: any SandboxStore

    func redeem(profileID: String, amount: Double) async throws -> (RedemptionRecord, ProfileBalances) {
        let now = Timestamp.now()
        let held = try await ProfileHoldings.load(profileID: profileID, store: store)
        let before = ProfileBalancesRule.balances(
            rewards: held.rewards, points: held.points, benefits: held.benefits, now: now)
        guard amount <= before.combinedBalanceDollars + 0.000_001 else {
            throw OmneoHTTPError.invalid("amount", "The amount may not be greater than the profile's balance.")
        }
        var remaining = amount
        var items: [RedeemedItem] = []
        for reward in soonestFirst(held.rewards, expiresAt: \.expiresAt, now: now) where remaining > 0 {
            let spent = min(reward.valueRemaining, remaining)
            guard spent > 0, let id = reward.id else { continue }
            _ = try await store.updateReward(id: id) { record in
                guard record.valueRemaining >= spent else {
                    throw OmneoHTTPError.invalid("amount", "The profile's balance changed; try again.")
                }
                record.valueRemaining -= spent
                record.updatedAt = now
            }
            remaining -= spent
            items.append(RedeemedItem(type: "reward", id: id, value: spent))
        }
        for point in soonestFirst(held.points, expiresAt: \.expiresAt, now: now) where remaining > 0.000_001 {
            let spentPoints = min(point.valueRemaining, (remaining * 100 / ProfileBalancesRule.centsPerPoint).rounded(.up))
            guard spentPoints > 0, let id = point.id else { continue }
            _ = try await store.updatePoint(profileID: profileID, id: id) { record in
                guard record.valueRemaining >= spentPoints else {
                    throw OmneoHTTPError.invalid("amount", "The profile's balance changed; try again.")
                }
                record.valueRemaining -= spentPoints
                record.updatedAt = now
            }
            remaining -= ProfileBalancesRule.dollars(points: spentPoints)
            items.append(RedeemedItem(type: "point", id: id, value: spentPoints))
        }
        let redemption = try await store.insertRedemption(
            RedemptionRecord(
                profileID: profileID, total: amount, redeemAt: now, items: items, createdAt: now, updatedAt: now))
        return (redemption, try await ProfileBalancesRule.load(profileID: profileID, store: store))
    }

    /// The rows still counting at `now` with something left, the soonest-expiring first
    /// (never-expiring last), then by id.
    private func soonestFirst<Row>(_ rows: [Row], expiresAt: KeyPath<Row, String?>, now: String) -> [Row] {
        rows.filter { ProfileBalancesRule.isLive($0[keyPath: expiresAt], now) }
            .sorted { ($0[keyPath: expiresAt] ?? "9999") < ($1[keyPath: expiresAt] ?? "9999") }
    }
}
