/// A row of `reward_definitions`, unique by handle.
public struct RewardDefinitionRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var name: String
    public var handle: String
    public var type: String
    public var value: Double
    public var period: Int
    public var periodType: String
    public var isAssignable: Bool
    public var isPublished: Bool
    public var description: String?
    public var tags: [String]
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: Int? = nil, name: String, handle: String, type: String, value: Double, period: Int,
        periodType: String = "days", createdAt: String, updatedAt: String
    ) {
        self.id = id
        self.name = name
        self.handle = handle
        self.type = type
        self.value = value
        self.period = period
        self.periodType = periodType
        self.isAssignable = true
        self.isPublished = true
        self.tags = []
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public enum CodingKeys: String, CodingKey {
        case id, name, handle, type, value, period
        case periodType = "period_type"
        case isAssignable = "is_assignable"
        case isPublished = "is_published"
        case description, tags
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}

/// A row of `rewards`: a reward of a profile. `issued_at`/`expires_at` are UTC; the local
/// times are those in `timezone`.
public struct RewardRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var profileID: String
    public var rewardDefinitionID: Int
    public var valueInitial: Double
    public var valueRemaining: Double
    public var issuedAt: String
    public var expiresAt: String?
    public var timezone: String
    public var externalID: String?
    public var meta: String?
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: Int? = nil, profileID: String, rewardDefinitionID: Int, valueInitial: Double, valueRemaining: Double,
        issuedAt: String, expiresAt: String?, timezone: String, createdAt: String, updatedAt: String
    ) {
        self.id = id
        self.profileID = profileID
        self.rewardDefinitionID = rewardDefinitionID
        self.valueInitial = valueInitial
        self.valueRemaining = valueRemaining
        self.issuedAt = issuedAt
        self.expiresAt = expiresAt
        self.timezone = timezone
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public enum CodingKeys: String, CodingKey {
        case id
        case profileID = "profile_id"
        case rewardDefinitionID = "reward_definition_id"
        case valueInitial = "value_initial"
        case valueRemaining = "value_remaining"
        case issuedAt = "issued_at"
        case expiresAt = "expires_at"
        case timezone
        case externalID = "external_id"
        case meta
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
