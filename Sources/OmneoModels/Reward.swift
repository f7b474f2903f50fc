/// A reward issued to a profile (`omneo-sdk` `src/types/rewards.ts`, `Reward`), with its
/// `definition`. `issued_at`/`expires_at` are UTC, `*_local_at` in the reward's `timezone`.
/// Decoding is lenient.
public struct Reward: Codable, Sendable, Equatable {
    public var id: Int
    public var profileID: String?
    public var definition: RewardDefinition?
    public var valueInitial: Double?
    public var valueRemaining: Double?
    public var issuedAt: String?
    public var issuedLocalAt: String?
    public var expiresAt: String?
    public var expiresLocalAt: String?
    public var timezone: String?
    public var isActive: Bool
    public var isExpired: Bool
    public var externalID: String?
    public var meta: JSONValue?
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        id: Int, profileID: String?, definition: RewardDefinition?, valueInitial: Double?, valueRemaining: Double?,
        issuedAt: String?, issuedLocalAt: String? = nil, expiresAt: String? = nil, expiresLocalAt: String? = nil,
        timezone: String? = nil, isActive: Bool = true, isExpired: Bool = false, externalID: String? = nil,
        meta: JSONValue? = nil, createdAt: String? = nil, updatedAt: String? = nil
    ) {
        self.id = id
        self.profileID = profileID
        self.definition = definition
        self.valueInitial = valueInitial
        self.valueRemaining = valueRemaining
        self.issuedAt = issuedAt
        self.issuedLocalAt = issuedLocalAt
        self.expiresAt = expiresAt
        self.expiresLocalAt = expiresLocalAt
        self.timezone = timezone
        self.isActive = isActive
        self.isExpired = isExpired
        self.externalID = externalID
        self.meta = meta
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case profileID = "profile_id"
        case definition
        case valueInitial = "value_initial"
        case valueRemaining = "value_remaining"
        case issuedAt = "issued_at"
        case issuedLocalAt = "issued_local_at"
        case expiresAt = "expires_at"
        case expiresLocalAt = "expires_local_at"
        case timezone
        case isActive = "is_active"
        case isExpired = "is_expired"
        case externalID = "external_id"
        case meta
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id) ?? 0
        profileID = try c.decodeLenientString(.profileID)
        definition = try c.decodeIfPresent(RewardDefinition.self, forKey: .definition)
        valueInitial = try c.decodeLenientDouble(.valueInitial)
        valueRemaining = try c.decodeLenientDouble(.valueRemaining)
        issuedAt = try c.decodeLenientString(.issuedAt)
        issuedLocalAt = try c.decodeLenientString(.issuedLocalAt)
        expiresAt = try c.decodeLenientString(.expiresAt)
        expiresLocalAt = try c.decodeLenientString(.expiresLocalAt)
        timezone = try c.decodeLenientString(.timezone)
        isActive = try c.decodeLenientBool(.isActive) ?? false
        isExpired = try c.decodeLenientBool(.isExpired) ?? false
        externalID = try c.decodeLenientString(.externalID)
        meta = try c.decodeIfPresent(JSONValue.self, forKey: .meta)
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }
}

/// A kind of reward (`omneo-sdk` `src/types/rewards.ts`, `RewardDefinition`): its dollar
/// `value` and validity (`period` × `period_type`). Decoding is lenient.
public struct RewardDefinition: Codable, Sendable, Equatable {
    public var id: Int
    public var name: String?
    public var handle: String?
    /// `spend`, `birthday`, `campaign`, … (kept as sent).
    public var type: String?
    public var value: Double?
    public var period: Int?
    public var periodType: String?
    public var isAssignable: Bool
    public var isPublished: Bool
    public var description: String?
    public var tags: [String]
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        id: Int, name: String?, handle: String?, type: String?, value: Double?, period: Int? = nil,
        periodType: String? = nil, isAssignable: Bool = false, isPublished: Bool = false, description: String? = nil,
        tags: [String] = [], createdAt: String? = nil, updatedAt: String? = nil
    ) {
        self.id = id
        self.name = name
        self.handle = handle
        self.type = type
        self.value = value
        self.period = period
        self.periodType = periodType
        self.isAssignable = isAssignable
        self.isPublished = isPublished
        self.description = description
        self.tags = tags
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, name, handle, type, value, period
        case periodType = "period_type"
        case isAssignable = "is_assignable"
        case isPublished = "is_published"
        case description, tags
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let basics = try DefinitionBasics(from: decoder)
        (id, name, handle, description) = (basics.id, basics.name, basics.handle, basics.description)
        (tags, createdAt, updatedAt) = (basics.tags, basics.createdAt, basics.updatedAt)
        let terms = try IssuedValueTerms(from: decoder)
        (type, value, period, periodType) = (terms.type, terms.value, terms.period, terms.periodType)
        isAssignable = try c.decodeLenientBool(.isAssignable) ?? false
        isPublished = try c.decodeLenientBool(.isPublished) ?? false
    }
}
