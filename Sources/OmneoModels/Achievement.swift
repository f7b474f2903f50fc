/// An achievement a tenant offers: levels a profile reaches as its achievement points add up
/// (`omneo-sdk` `src/types/achievements.ts` and `src/types/achievement.ts`,
/// `AchievementDefinition`). Decoding is lenient.
public struct AchievementDefinition: Codable, Sendable, Equatable {
    public var id: Int
    public var name: String?
    public var handle: String?
    public var description: String?
    public var shortDescription: String?
    public var longDescription: String?
    public var internalNotes: String?
    public var termsConditions: String?
    public var earnInstructions: String?
    public var type: String?
    public var icon: String?
    public var imageURL: String?
    /// `visible`, `hidden`, `mystery`, `internal`.
    public var displayOption: String?
    public var displayLevel: Bool?
    public var isPublished: Bool?
    public var startsAt: String?
    public var endsAt: String?
    public var timezone: String?
    public var period: String?
    public var currency: String?
    public var levels: [AchievementLevel]
    public var tags: [String]
    public var meta: JSONValue?
    public var createdAt: String?
    public var updatedAt: String?

    public init(id: Int, name: String?, handle: String?, levels: [AchievementLevel] = []) {
        self.id = id
        self.name = name
        self.handle = handle
        self.levels = levels
        self.tags = []
    }

    public enum CodingKeys: String, CodingKey {
        case id, name, handle, description
        case shortDescription = "short_description"
        case longDescription = "long_description"
        case internalNotes = "internal_notes"
        case termsConditions = "terms_conditions"
        case earnInstructions = "earn_instructions"
        case type, icon
        case imageURL = "image_url"
        case displayOption = "display_option"
        case displayLevel = "display_level"
        case isPublished = "is_published"
        case startsAt = "starts_at"
        case endsAt = "ends_at"
        case timezone, period, currency, levels, tags, meta
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id) ?? 0
        name = try c.decodeLenientString(.name)
        handle = try c.decodeLenientString(.handle)
        description = try c.decodeLenientString(.description)
        shortDescription = try c.decodeLenientString(.shortDescription)
        longDescription = try c.decodeLenientString(.longDescription)
        internalNotes = try c.decodeLenientString(.internalNotes)
        termsConditions = try c.decodeLenientString(.termsConditions)
        earnInstructions = try c.decodeLenientString(.earnInstructions)
        type = try c.decodeLenientString(.type)
        icon = try c.decodeLenientString(.icon)
        imageURL = try c.decodeLenientString(.imageURL)
        displayOption = try c.decodeLenientString(.displayOption)
        displayLevel = try c.decodeLenientBool(.displayLevel)
        isPublished = try c.decodeLenientBool(.isPublished)
        startsAt = try c.decodeLenientString(.startsAt)
        endsAt = try c.decodeLenientString(.endsAt)
        timezone = try c.decodeLenientString(.timezone)
        period = try c.decodeLenientString(.period)
        currency = try c.decodeLenientString(.currency)
        levels = try c.decodeArray(AchievementLevel.self, .levels)
        tags = try c.decodeLenientStrings(.tags)
        meta = try c.decodeIfPresent(JSONValue.self, forKey: .meta)
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }
}

/// One level of an achievement (`omneo-sdk` `AchievementLevel`): reached when the profile's
/// points for the achievement reach `trigger`. Decoding is lenient.
public struct AchievementLevel: Codable, Sendable, Equatable {
    public var id: Int?
    public var achievementDefinitionID: Int?
    public var name: String?
    public var description: String?
    public var displayNumber: Int?
    public var trigger: Double?
    public var repeats: Bool?
    public var repeatInterval: Int?
    public var allowMultipleEarn: Bool?
    public var meta: JSONValue?

    public init(name: String?, displayNumber: Int?, trigger: Double?) {
        self.name = name
        self.displayNumber = displayNumber
        self.trigger = trigger
    }

    enum CodingKeys: String, CodingKey {
        case id
        case achievementDefinitionID = "achievement_definition_id"
        case name, description
        case displayNumber = "display_number"
        case trigger, repeats
        case repeatInterval = "repeat_interval"
        case allowMultipleEarn = "allow_multiple_earn"
        case meta
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id)
        achievementDefinitionID = try c.decodeLenientInt(.achievementDefinitionID)
        name = try c.decodeLenientString(.name)
        description = try c.decodeLenientString(.description)
        displayNumber = try c.decodeLenientInt(.displayNumber)
        trigger = try c.decodeLenientDouble(.trigger)
        repeats = try c.decodeLenientBool(.repeats)
        repeatInterval = try c.decodeLenientInt(.repeatInterval)
        allowMultipleEarn = try c.decodeLenientBool(.allowMultipleEarn)
        meta = try c.decodeIfPresent(JSONValue.self, forKey: .meta)
    }
}

/// An achievement as a profile sees it (`omneo-sdk` `src/types/profiles/achievement.ts`,
/// `ProfileAchievement`): the definition's fields and the profile's `progress`, which Omneo
/// writes as `[]` when the profile has none (decoded as `nil`).
public struct ProfileAchievement: Codable, Sendable, Equatable {
    public var definition: AchievementDefinition
    public var progress: AchievementProgress?

    public init(definition: AchievementDefinition, progress: AchievementProgress?) {
        self.definition = definition
        self.progress = progress
    }

    enum CodingKeys: String, CodingKey {
        case progress
    }

    public init(from decoder: any Decoder) throws {
        definition = try AchievementDefinition(from: decoder)
        progress = try? decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(
            AchievementProgress.self, forKey: .progress)
    }

    public func encode(to encoder: any Encoder) throws {
        try definition.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        if let progress {
            try c.encode(progress, forKey: .progress)
        } else {
            try c.encode([String](), forKey: .progress)
        }
    }
}

/// Where a profile stands in an achievement (`omneo-sdk` `AchievementProgress`). Decoding is lenient.
public struct AchievementProgress: Codable, Sendable, Equatable {
    public var profileID: String?
    public var definitionID: Int?
    public var currentScore: Double?
    public var currentLevelID: Int?
    public var nextLevelID: Int?
    public var nextLevelRemain: Double?
    public var currentLevel: AchievementLevel?
    public var nextLevel: AchievementLevel?
    public var achievedAt: String?

    public init(profileID: String?, definitionID: Int?, currentScore: Double?) {
        self.profileID = profileID
        self.definitionID = definitionID
        self.currentScore = currentScore
    }

    enum CodingKeys: String, CodingKey {
        case profileID = "profile_id"
        case definitionID = "definition_id"
        case currentScore = "current_score"
        case currentLevelID = "current_level_id"
        case nextLevelID = "next_level_id"
        case nextLevelRemain = "next_level_remain"
        case currentLevel = "current_level"
        case nextLevel = "next_level"
        case achievedAt = "achieved_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        profileID = try c.decodeLenientString(.profileID)
        definitionID = try c.decodeLenientInt(.definitionID)
        currentScore = try c.decodeLenientDouble(.currentScore)
        currentLevelID = try c.decodeLenientInt(.currentLevelID)
        nextLevelID = try c.decodeLenientInt(.nextLevelID)
        nextLevelRemain = try c.decodeLenientDouble(.nextLevelRemain)
        currentLevel = try c.decodeIfPresent(AchievementLevel.self, forKey: .currentLevel)
        nextLevel = try c.decodeIfPresent(AchievementLevel.self, forKey: .nextLevel)
        achievedAt = try c.decodeLenientString(.achievedAt)
    }
}

/// Points a profile earned towards an achievement (`omneo-sdk` `src/types/profiles/*`,
/// `AchievementPoint`). Decoding is lenient.
public struct AchievementPoint: Codable, Sendable, Equatable {
    public var id: Int
    public var profileID: String?
    public var definitionID: Int?
    public var count: Double
    public var meta: JSONValue?
    public var issuedAt: String?
    public var expiresAt: String?
    public var sourceID: String?
    public var sourceType: String?
    public var createdAt: String?
    public var updatedAt: String?

    public init(id: Int, profileID: String?, definitionID: Int?, count: Double) {
        self.id = id
        self.profileID = profileID
        self.definitionID = definitionID
        self.count = count
    }

    enum CodingKeys: String, CodingKey {
        case id
        case profileID = "profile_id"
        case definitionID = "definition_id"
        case count, meta
        case issuedAt = "issued_at"
        case expiresAt = "expires_at"
        case sourceID = "source_id"
        case sourceType = "source_type"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id) ?? 0
        profileID = try c.decodeLenientString(.profileID)
        definitionID = try c.decodeLenientInt(.definitionID)
        count = try c.decodeLenientDouble(.count) ?? 0
        meta = try c.decodeIfPresent(JSONValue.self, forKey: .meta)
        issuedAt = try c.decodeLenientString(.issuedAt)
        expiresAt = try c.decodeLenientString(.expiresAt)
        sourceID = try c.decodeLenientString(.sourceID)
        sourceType = try c.decodeLenientString(.sourceType)
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }

    public func encode(to encoder: any Encoder) throws {
        // Laravel writes every column, `null` included.
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(profileID, forKey: .profileID)
        try c.encode(definitionID, forKey: .definitionID)
        try c.encode(count, forKey: .count)
        try c.encode(meta, forKey: .meta)
        try c.encode(issuedAt, forKey: .issuedAt)
        try c.encode(expiresAt, forKey: .expiresAt)
        try c.encode(sourceID, forKey: .sourceID)
        try c.encode(sourceType, forKey: .sourceType)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
    }
}

/// What a profile sends to record achievement points (`POST /profiles/me/achievements`,
/// `omneo-sdk` `RequestCreateProfileAchievement`).
public struct AchievementPointFields: Codable, Sendable, Equatable {
    public var definitionID: Int
    public var count: Double
    public var meta: [String: JSONValue]?

    public init(definitionID: Int, count: Double, meta: [String: JSONValue]? = nil) {
        self.definitionID = definitionID
        self.count = count
        self.meta = meta
    }

    enum CodingKeys: String, CodingKey {
        case definitionID = "definition_id"
        case count, meta
    }
}
