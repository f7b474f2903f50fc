/// A loyalty tier (`omneo-sdk` `src/types/tiers.ts`, `TierDefinition`): reached at
/// `value_min`, kept at `value_maintain`. Decoding is lenient.
public struct TierDefinition: Codable, Sendable, Equatable {
    public var id: Int
    public var name: String?
    public var handle: String?
    public var description: String?
    public var valueMin: Double?
    public var valueMaintain: Double?
    public var isAssignable: Bool
    public var isFloor: Bool
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        id: Int, name: String?, handle: String?, description: String? = nil, valueMin: Double?,
        valueMaintain: Double? = nil, isAssignable: Bool = false, isFloor: Bool = false, createdAt: String? = nil,
        updatedAt: String? = nil
    ) {
        self.id = id
        self.name = name
        self.handle = handle
        self.description = description
        self.valueMin = valueMin
        self.valueMaintain = valueMaintain
        self.isAssignable = isAssignable
        self.isFloor = isFloor
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, name, handle, description
        case valueMin = "value_min"
        case valueMaintain = "value_maintain"
        case isAssignable = "is_assignable"
        case isFloor = "is_floor"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id) ?? 0
        name = try c.decodeLenientString(.name)
        handle = try c.decodeLenientString(.handle)
        description = try c.decodeLenientString(.description)
        valueMin = try c.decodeLenientDouble(.valueMin)
        valueMaintain = try c.decodeLenientDouble(.valueMaintain)
        isAssignable = try c.decodeLenientBool(.isAssignable) ?? false
        isFloor = try c.decodeLenientBool(.isFloor) ?? false
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }
}

/// Where a profile stands among the tiers (`omneo-sdk` `src/types/profiles/tier.ts`,
/// `TierProgress`), as `/profiles/{id}/tiers`, `…/tiers/calculate` and `…/tiers/assign`
/// answer it. `current_tier`, `next_tier` and `prev_tier` are always present, `null` when
/// there is none. Decoding is lenient.
public struct TierProgress: Codable, Sendable, Equatable {
    public var profileID: String?
    public var currentTier: TierDefinition?
    public var nextTier: TierDefinition?
    public var prevTier: TierDefinition?
    /// The value counted towards tiers (the sandbox: spend over the last 12 months).
    public var totalPoints12m: Double?
    public var nextRemain: Double?
    public var assignedAt: String?

    public init(
        profileID: String?, currentTier: TierDefinition?, nextTier: TierDefinition?, prevTier: TierDefinition?,
        totalPoints12m: Double?, nextRemain: Double?, assignedAt: String?
    ) {
        self.profileID = profileID
        self.currentTier = currentTier
        self.nextTier = nextTier
        self.prevTier = prevTier
        self.totalPoints12m = totalPoints12m
        self.nextRemain = nextRemain
        self.assignedAt = assignedAt
    }

    enum CodingKeys: String, CodingKey {
        case profileID = "profile_id"
        case currentTier = "current_tier"
        case nextTier = "next_tier"
        case prevTier = "prev_tier"
        case totalPoints12m = "total_points_12m"
        case nextRemain = "next_remain"
        case assignedAt = "assigned_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        profileID = try c.decodeLenientString(.profileID)
        currentTier = try c.decodeIfPresent(TierDefinition.self, forKey: .currentTier)
        nextTier = try c.decodeIfPresent(TierDefinition.self, forKey: .nextTier)
        prevTier = try c.decodeIfPresent(TierDefinition.self, forKey: .prevTier)
        totalPoints12m = try c.decodeLenientDouble(.totalPoints12m)
        nextRemain = try c.decodeLenientDouble(.nextRemain)
        assignedAt = try c.decodeLenientString(.assignedAt)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(profileID, forKey: .profileID)
        try c.encode(currentTier, forKey: .currentTier)
        try c.encode(nextTier, forKey: .nextTier)
        try c.encode(prevTier, forKey: .prevTier)
        try c.encode(totalPoints12m, forKey: .totalPoints12m)
        try c.encode(nextRemain, forKey: .nextRemain)
        try c.encode(assignedAt, forKey: .assignedAt)
    }
}
