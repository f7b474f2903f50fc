/// The seeded benefit definitions (ids 1…): a free coffee (gift, up to 3 redemptions), a 20%
/// birthday discount (once), and a members' event shoppers claim themselves (once).
func seedBenefitDefinitions() -> [BenefitDefinitionRecord] {
    let at = "2025-10-01 08:00:00"
    var coffee = BenefitDefinitionRecord(
        id: 1, name: "Free coffee", handle: "free-coffee", period: 3, periodType: "months", createdAt: at, updatedAt: at)
    coffee.type = "gift"
    coffee.description = "A coffee on us at any store café."
    coffee.maxRedemptions = 3
    coffee.isPublished = true
    coffee.isAssignable = true
    var birthday = BenefitDefinitionRecord(
        id: 2, name: "Birthday 20% off", handle: "birthday-discount", period: 30, createdAt: at, updatedAt: at)
    birthday.type = "discount"
    birthday.value = 20
    birthday.maxRedemptions = 1
    birthday.description = "20% off one full-price item in your birthday month."
    birthday.isPublished = true
    birthday.isAssignable = true
    var event = BenefitDefinitionRecord(
        id: 3, name: "Members' styling night", handle: "styling-night", period: 14, createdAt: at, updatedAt: at)
    event.type = "event"
    event.description = "An evening of styling advice in store; claim your place."
    event.isPublished = true
    event.isAssignable = true
    event.isClaimable = true
    event.maxRedemptions = 1
    event.claimPeriodStartAt = "2025-10-01 00:00:00"
    event.claimPeriodEndAt = "2035-12-31 23:59:59"
    return [coffee, birthday, event]
}

/// The seeded profile's benefits, ids from `nextID` on: a free coffee with two of its three
/// redemptions left (expiring ten years after the seeding), and a birthday discount already
/// used and expired.
func seedBenefits(profileID: String, clock: SeedClock, nextID: inout Int) -> [BenefitRecord] {
    nextID += 1
    var coffee = BenefitRecord(
        id: nextID, profileID: profileID, benefitDefinitionID: 1, issuedAt: "2026-02-01 00:00:00",
        expiresAt: clock.endOfDay(yearsFromNow: 10), timezone: "Australia/Melbourne", redemptionsRemaining: 2,
        createdAt: "2026-02-01 00:00:00", updatedAt: "2026-02-10 01:30:00")
    coffee.redeemCodePos = "COFFEE-\(nextID)"
    nextID += 1
    var birthday = BenefitRecord(
        id: nextID, profileID: profileID, benefitDefinitionID: 2, issuedAt: "2025-11-01 00:00:00",
        expiresAt: "2025-12-01 00:00:00", timezone: "Australia/Melbourne", redemptionsRemaining: 0,
        createdAt: "2025-11-01 00:00:00", updatedAt: "2025-11-15 03:00:00")
    birthday.value = 20
    return [coffee, birthday]
}
