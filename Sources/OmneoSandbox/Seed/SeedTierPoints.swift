/// The seeded profile's tier points, ids from `nextID` on: 50 for joining, and (when the
/// profile has a point balance) its purchases' points, which count towards its tier too, plus
/// a pending accrual from its latest purchase.
func seedTierPoints(profileID: String, pointBalance: Double, created: String, nextID: inout Int) -> [TierPointRecord] {
    nextID += 1
    var joined = TierPointRecord(
        id: nextID, profileID: profileID, pointDefinitionID: 2, value: 50, issuedAt: created, accruedAt: created,
        createdAt: created, updatedAt: created)
    joined.sourceType = "profile"
    var points = [joined]
    if pointBalance > 0 {
        nextID += 1
        var earned = TierPointRecord(
            id: nextID, profileID: profileID, pointDefinitionID: 1, value: pointBalance,
            issuedAt: "2026-02-20 09:00:00", accruedAt: "2026-02-20 09:00:00", createdAt: "2026-02-20 09:00:00",
            updatedAt: "2026-02-20 09:00:00")
        earned.sourceType = "transaction"
        points.append(earned)
        nextID += 1
        var pending = TierPointRecord(
            id: nextID, profileID: profileID, pointDefinitionID: 1, value: 25, issuedAt: "2026-03-02 14:30:00",
            accruedAt: "2026-04-01 00:00:00", status: "pending", createdAt: "2026-03-02 14:30:00",
            updatedAt: "2026-03-02 14:30:00")
        pending.sourceType = "transaction"
        points.append(pending)
    }
    return points
}
