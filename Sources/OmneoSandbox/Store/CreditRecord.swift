import OmneoModels

/// A row of `credit_definitions`, unique by handle.
public struct CreditDefinitionRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var name: String
    public var handle: String
    public var type: String
    public var value: Double?
    public var period: Int
    public var periodType: String
    public var description: String?
    public var isPublished = false
    public var isExtendable = false
    public var isAssignable = false
    public var isReleasable = false
    public var isReassignable = false
    public var requireSecurityCode = false
    public var tags: [String] = []
    public var meta: String?
    public var createdAt: String
    public var updatedAt: String

    public init(id: Int? = nil, name: String, handle: String, type: String, createdAt: String, updatedAt: String) {
        self.id = id
        self.name = name
        self.handle = handle
        self.type = type
        self.period = 0
        self.periodType = "days"
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The same keys as the shared model's.
    public typealias CodingKeys = CreditDefinition.CodingKeys
}

/// A row of `credits`: a credit of a profile. Times are UTC.
public struct CreditRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var profileID: String
    public var creditDefinitionID: Int
    public var creatorProfileID: String?
    public var staffID: String?
    public var locationID: String?
    public var name: String?
    public var recipientFirstName: String?
    public var recipientEmail: String?
    public var message: String?
    public var timezone: String
    public var issuedAt: String
    public var expiresAt: String?
    public var releasedAt: String?
    public var valueInitial: Double
    public var valueRemaining: Double
    public var externalID: String?
    public var creditNumber: String?
    public var securityCode: String?
    public var meta: String?
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: Int? = nil, profileID: String, creditDefinitionID: Int, timezone: String, issuedAt: String,
        valueInitial: Double, createdAt: String, updatedAt: String
    ) {
        self.id = id
        self.profileID = profileID
        self.creditDefinitionID = creditDefinitionID
        self.timezone = timezone
        self.issuedAt = issuedAt
        self.valueInitial = valueInitial
        self.valueRemaining = valueInitial
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public enum CodingKeys: String, CodingKey {
        case id
        case profileID = "profile_id"
        case creditDefinitionID = "credit_definition_id"
        case creatorProfileID = "creator_profile_id"
        case staffID = "staff_id"
        case locationID = "location_id"
        case name
        case recipientFirstName = "recipient_first_name"
        case recipientEmail = "recipient_email"
        case message, timezone
        case issuedAt = "issued_at"
        case expiresAt = "expires_at"
        case releasedAt = "released_at"
        case valueInitial = "value_initial"
        case valueRemaining = "value_remaining"
        case externalID = "external_id"
        case creditNumber = "credit_number"
        case securityCode = "security_code"
        case meta
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
