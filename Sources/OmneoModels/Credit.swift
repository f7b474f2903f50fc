/// A credit of a profile — a gift card, store credit, refund or voucher with a dollar value
/// (`omneo-sdk` `src/types/credit.ts`, `Credit`), with its `definition`. `issued_at`,
/// `expires_at` and `released_at` are UTC. Decoding is lenient.
public struct Credit: Codable, Sendable, Equatable {
    public var id: Int
    public var profileID: String?
    public var creditDefinitionID: Int?
    public var definition: CreditDefinition?
    public var creatorProfileID: String?
    public var staffID: String?
    public var locationID: String?
    public var name: String?
    public var recipientFirstName: String?
    public var recipientEmail: String?
    public var message: String?
    public var timezone: String?
    public var issuedAt: String?
    public var expiresAt: String?
    public var releasedAt: String?
    public var valueInitial: Double?
    public var valueRemaining: Double?
    public var externalID: String?
    public var creditNumber: String?
    public var securityCode: String?
    public var meta: JSONValue?
    public var createdAt: String?
    public var updatedAt: String?

    public init(id: Int, profileID: String?, creditDefinitionID: Int?, definition: CreditDefinition? = nil) {
        self.id = id
        self.profileID = profileID
        self.creditDefinitionID = creditDefinitionID
        self.definition = definition
    }

    public enum CodingKeys: String, CodingKey {
        case id
        case profileID = "profile_id"
        case creditDefinitionID = "credit_definition_id"
        case definition
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

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id) ?? 0
        profileID = try c.decodeLenientString(.profileID)
        creditDefinitionID = try c.decodeLenientInt(.creditDefinitionID)
        definition = try c.decodeIfPresent(CreditDefinition.self, forKey: .definition)
        creatorProfileID = try c.decodeLenientString(.creatorProfileID)
        staffID = try c.decodeLenientString(.staffID)
        locationID = try c.decodeLenientString(.locationID)
        name = try c.decodeLenientString(.name)
        recipientFirstName = try c.decodeLenientString(.recipientFirstName)
        recipientEmail = try c.decodeLenientString(.recipientEmail)
        message = try c.decodeLenientString(.message)
        timezone = try c.decodeLenientString(.timezone)
        issuedAt = try c.decodeLenientString(.issuedAt)
        expiresAt = try c.decodeLenientString(.expiresAt)
        releasedAt = try c.decodeLenientString(.releasedAt)
        valueInitial = try c.decodeLenientDouble(.valueInitial)
        valueRemaining = try c.decodeLenientDouble(.valueRemaining)
        externalID = try c.decodeLenientString(.externalID)
        creditNumber = try c.decodeLenientString(.creditNumber)
        securityCode = try c.decodeLenientString(.securityCode)
        meta = try c.decodeIfPresent(JSONValue.self, forKey: .meta)
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }
}

/// A kind of credit (`src/types/credit.ts`, `CreditDefinition`). Decoding is lenient.
public struct CreditDefinition: Codable, Sendable, Equatable {
    public var id: Int
    public var name: String?
    public var handle: String?
    /// `gift_card`, `store_credit`, `refund`, `allowance`, `voucher`, `other` (kept as sent).
    public var type: String?
    public var value: Double?
    public var period: Int?
    public var periodType: String?
    public var description: String?
    public var isPublished: Bool
    public var isExtendable: Bool
    public var isAssignable: Bool
    public var isReleasable: Bool
    public var isReassignable: Bool
    public var requireSecurityCode: Bool
    public var tags: [String]
    public var meta: JSONValue?
    public var createdAt: String?
    public var updatedAt: String?

    public init(id: Int, name: String?, handle: String?, type: String?) {
        self.id = id
        self.name = name
        self.handle = handle
        self.type = type
        self.isPublished = false
        self.isExtendable = false
        self.isAssignable = false
        self.isReleasable = false
        self.isReassignable = false
        self.requireSecurityCode = false
        self.tags = []
    }

    public enum CodingKeys: String, CodingKey {
        case id, name, handle, type, value, period
        case periodType = "period_type"
        case description
        case isPublished = "is_published"
        case isExtendable = "is_extendable"
        case isAssignable = "is_assignable"
        case isReleasable = "is_releasable"
        case isReassignable = "is_reassignable"
        case requireSecurityCode = "require_security_code"
        case tags, meta
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
        isPublished = try c.decodeLenientBool(.isPublished) ?? false
        isExtendable = try c.decodeLenientBool(.isExtendable) ?? false
        isAssignable = try c.decodeLenientBool(.isAssignable) ?? false
        isReleasable = try c.decodeLenientBool(.isReleasable) ?? false
        isReassignable = try c.decodeLenientBool(.isReassignable) ?? false
        requireSecurityCode = try c.decodeLenientBool(.requireSecurityCode) ?? false
        meta = try c.decodeIfPresent(JSONValue.self, forKey: .meta)
    }
}
