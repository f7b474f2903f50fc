/// The seeded reward definitions (ids 1…): a $10 birthday reward and a $20 spend reward.
func seedRewardDefinitions() -> [RewardDefinitionRecord] {
    let at = "2025-10-01 08:00:00"
    var birthday = RewardDefinitionRecord(
        id: 1, name: "Birthday reward", handle: "birthday-reward", type: "birthday", value: 10, period: 30,
        createdAt: at, updatedAt: at)
    birthday.description = "$10 to spend in your birthday month."
    var spend = RewardDefinitionRecord(
        id: 2, name: "Spend reward", handle: "spend-reward", type: "spend", value: 20, period: 3, periodType: "months",
        createdAt: at, updatedAt: at)
    spend.description = "$20 for every $500 spent."
    return [birthday, spend]
}

/// The seeded profile's rewards, ids from `nextID` on: an expired birthday reward, used up,
/// and (when the profile has a reward balance) spend rewards whose remaining value is that
/// balance, so rewards agree with the seeded `reward_balance`; they expire ten years after the
/// seeding.
func seedRewards(profileID: String, rewardBalance: Double, clock: SeedClock, nextID: inout Int) -> [RewardRecord] {
    var rewards: [RewardRecord] = []
    nextID += 1
    rewards.append(
        RewardRecord(
            id: nextID, profileID: profileID, rewardDefinitionID: 1, valueInitial: 10, valueRemaining: 0,
            issuedAt: "2025-11-01 00:00:00", expiresAt: "2025-12-01 00:00:00", timezone: "Australia/Melbourne",
            createdAt: "2025-11-01 00:00:00", updatedAt: "2025-11-15 03:00:00"))
    if rewardBalance > 0 {
        nextID += 1
        rewards.append(
            RewardRecord(
                id: nextID, profileID: profileID, rewardDefinitionID: 2, valueInitial: max(20, rewardBalance),
                valueRemaining: rewardBalance, issuedAt: "2026-02-20 09:00:00", expiresAt: clock.endOfDay(yearsFromNow: 10),
                timezone: "Australia/Melbourne", createdAt: "2026-02-20 09:00:00", updatedAt: "2026-02-20 09:00:00"))
    }
    return rewards
}
