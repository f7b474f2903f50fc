import OmneoModels

/// A published "Big spender" achievement (levels at $100, $500 and $1,000 spent) and, for
/// every seeded profile but one (none yet), the points of its seeded sales towards it.
func seedAchievements() -> (definitions: [AchievementDefinitionRecord], points: [AchievementPointRecord]) {
    var definition = AchievementDefinitionRecord(
        id: 1, handle: "big-spender", createdAt: "2025-10-01 08:00:00", updatedAt: "2025-10-01 08:00:00")
    definition.name = "Big spender"
    definition.shortDescription = "Spend to level up."
    definition.displayOption = "visible"
    definition.displayLevel = true
    definition.isPublished = true
    definition.levels = [("Bronze", 100.0), ("Silver", 500), ("Gold", 1000)].enumerated().map { index, level in
        var entry = AchievementLevel(name: level.0, displayNumber: index + 1, trigger: level.1)
        entry.repeats = false
        entry.allowMultipleEarn = true
        return entry
    }
    let counts = [250.0, 80, 620, 0, 1200, 40]
    let points = seedProfiles.enumerated().filter { counts[$0.offset % counts.count] > 0 }.enumerated().map {
        number, entry in
        var point = AchievementPointRecord(
            id: number + 1, profileID: entry.element.id, definitionID: 1, count: counts[entry.offset % counts.count],
            issuedAt: "2026-02-\(String(format2: 1 + entry.offset)) 10:00:00")
        point.sourceType = "transaction"
        return point
    }
    return ([definition], points)
}
