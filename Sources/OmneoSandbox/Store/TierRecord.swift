/// A row of `tier_definitions`, unique by handle.
public struct TierDefinitionRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var name: String
    public var handle: String
    public var description: String?
    public var valueMin: Double
    public var valueMaintain: Double
    public var isAssignable: Bool
    public var isFloor: Bool
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: Int? = nil, name: String, handle: String, valueMin: Double, valueMaintain: Double, createdAt: String,
        updatedAt: String
    ) {
        self.id = id
        self.name = name
        self.handle = handle
        self.valueMin = valueMin
        self.valueMaintain = valueMaintain
        self.isAssignable = true
        self.isFloor = false
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public enum CodingKeys: String, CodingKey {
        case id, name, handle, description
        case valueMin = "value_min"
        case valueMaintain = "value_maintain"
        case isAssignable = "is_assignable"
        case isFloor = "is_floor"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}

/// A row of `profile_tiers`: the tier assigned to a profile (at most one per profile).
public struct ProfileTierRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var profileID: String
    public var tierDefinitionID: Int
    public var assignedAt: String
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: Int? = nil, profileID: String, tierDefinitionID: Int, assignedAt: String, createdAt: String,
        updatedAt: String
    ) {
        self.id = id
        self.profileID = profileID
        self.tierDefinitionID = tierDefinitionID
        self.assignedAt = assignedAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public enum CodingKeys: String, CodingKey {
        case id
        case profileID = "profile_id"
        case tierDefinitionID = "tier_definition_id"
        case assignedAt = "assigned_at"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
