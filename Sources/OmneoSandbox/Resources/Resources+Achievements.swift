import OmneoModels

extension Resources {
    /// A definition with its levels. Levels are stored with their definition, without ids of
    /// their own: each is answered with the id `definition id × 100 + position` (1-based).
    static func achievementDefinition(_ record: AchievementDefinitionRecord) -> AchievementDefinition {
        let id = record.id ?? 0
        var definition = AchievementDefinition(
            id: id, name: record.name, handle: record.handle,
            levels: record.levels.enumerated().map { index, level in
                var level = level
                level.id = id * 100 + index + 1
                level.achievementDefinitionID = id
                return level
            })
        definition.description = record.description
        definition.shortDescription = record.shortDescription
        definition.longDescription = record.longDescription
        definition.internalNotes = record.internalNotes
        definition.termsConditions = record.termsConditions
        definition.earnInstructions = record.earnInstructions
        definition.type = record.type
        definition.icon = record.icon
        definition.imageURL = record.imageURL
        definition.displayOption = record.displayOption
        definition.displayLevel = record.displayLevel
        definition.isPublished = record.isPublished
        definition.startsAt = record.startsAt
        definition.endsAt = record.endsAt
        definition.timezone = record.timezone
        definition.period = record.period
        definition.currency = record.currency
        definition.tags = record.tags
        definition.meta = JSONText.decode(record.meta)
        definition.createdAt = record.createdAt
        definition.updatedAt = record.updatedAt
        return definition
    }

    /// The definition as `profileID` sees it: its progress from the points it earned towards
    /// it (the sum of their counts against the levels' triggers), or none without points.
    static func profileAchievement(
        _ record: AchievementDefinitionRecord, profileID: String, points: [AchievementPointRecord]
    ) -> ProfileAchievement {
        let definition = achievementDefinition(record)
        let mine = points.filter { $0.definitionID == definition.id }
        guard !mine.isEmpty else { return ProfileAchievement(definition: definition, progress: nil) }
        let score = mine.reduce(0) { $0 + $1.count }
        let levels = definition.levels.sorted { ($0.trigger ?? 0) < ($1.trigger ?? 0) }
        var progress = AchievementProgress(profileID: profileID, definitionID: definition.id, currentScore: score)
        progress.currentLevel = levels.last { ($0.trigger ?? 0) <= score }
        progress.nextLevel = levels.first { ($0.trigger ?? 0) > score }
        progress.currentLevelID = progress.currentLevel?.id
        progress.nextLevelID = progress.nextLevel?.id
        progress.nextLevelRemain = progress.nextLevel.map { ($0.trigger ?? 0) - score }
        return ProfileAchievement(definition: definition, progress: progress)
    }

    static func achievementPoint(_ record: AchievementPointRecord) -> AchievementPoint {
        var point = AchievementPoint(
            id: record.id ?? 0, profileID: record.profileID, definitionID: record.definitionID, count: record.count)
        point.meta = JSONText.decode(record.meta)
        point.issuedAt = record.issuedAt
        point.expiresAt = record.expiresAt
        point.sourceID = record.sourceID
        point.sourceType = record.sourceType
        point.createdAt = record.createdAt
        point.updatedAt = record.updatedAt
        return point
    }
}
