import OmneoModels

/// A row of `achievement_definitions`; `levels` (without ids: see `Resources.achievementDefinition`)
/// and `tags` are JSON text, `meta` JSON object text.
public struct AchievementDefinitionRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var name: String?
    public var handle: String
    public var description: String?
    public var shortDescription: String?
    public var longDescription: String?
    public var internalNotes: String?
    public var termsConditions: String?
    public var earnInstructions: String?
    public var type: String?
    public var icon: String?
    public var imageURL: String?
    public var displayOption: String?
    public var displayLevel: Bool
    public var isPublished: Bool
    public var startsAt: String?
    public var endsAt: String?
    public var timezone: String?
    public var period: String?
    public var currency: String?
    public var levels: [AchievementLevel]
    public var tags: [String]
    public var meta: String?
    public var createdAt: String
    public var updatedAt: String

    public init(id: Int? = nil, handle: String, createdAt: String, updatedAt: String) {
        self.id = id
        self.handle = handle
        self.displayLevel = false
        self.isPublished = false
        self.levels = []
        self.tags = []
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The columns are Omneo's field names, as on the shared model.
    public typealias CodingKeys = AchievementDefinition.CodingKeys
}

/// A row of `achievement_points`: points a profile earned towards an achievement.
public struct AchievementPointRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var profileID: String
    public var definitionID: Int
    public var count: Double
    public var meta: String?
    public var issuedAt: String
    public var expiresAt: String?
    public var sourceID: String?
    public var sourceType: String?
    public var createdAt: String
    public var updatedAt: String

    public init(id: Int? = nil, profileID: String, definitionID: Int, count: Double, issuedAt: String) {
        self.id = id
        self.profileID = profileID
        self.definitionID = definitionID
        self.count = count
        self.issuedAt = issuedAt
        self.createdAt = issuedAt
        self.updatedAt = issuedAt
    }

    public enum CodingKeys: String, CodingKey {
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
}
