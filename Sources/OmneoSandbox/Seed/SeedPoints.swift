/// The seeded profile's points, ids from `nextID` on: a welcome bonus, redeemed, and (when
/// the profile has a point balance) the loyalty points of its purchases, whose remaining
/// value is that balance, so the points agree with the seeded `point_balance`; they expire a
/// year after the seeding.
func seedPoints(
    profileID: String, pointBalance: Double, created: String, clock: SeedClock, nextID: inout Int
) -> [PointRecord] {
    var points: [PointRecord] = []
    nextID += 1
    var bonus = PointRecord(
        id: nextID, profileID: profileID, pointDefinitionID: 2, valueInitial: 200, valueRemaining: 0,
        issuedAt: created, createdAt: created, updatedAt: created)
    bonus.description = "Welcome bonus"
    bonus.sourceType = "campaign"
    bonus.expiresAt = "2026-12-31 23:59:59"
    points.append(bonus)
    if pointBalance > 0 {
        nextID += 1
        var earned = PointRecord(
            id: nextID, profileID: profileID, pointDefinitionID: 1, valueInitial: pointBalance,
            valueRemaining: pointBalance, issuedAt: "2026-02-20 09:00:00", createdAt: "2026-02-20 09:00:00",
            updatedAt: "2026-02-20 09:00:00")
        earned.description = "Purchase points"
        earned.sourceType = "transaction"
        earned.expiresAt = clock.endOfDay(yearsFromNow: 1)
        points.append(earned)
    }
    return points
}
