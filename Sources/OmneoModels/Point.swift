/// Points issued to a profile (`omneo-sdk` `src/types/points.ts`, `Point`; `omneo/docs`
/// `source/includes/endpoints/points.md`), with the definition they were issued under.
/// Decoding is lenient.
public struct Point: Codable, Sendable, Equatable {
    public var id: Int
    public var profileID: String?
    public var pointDefinitionID: Int?
    public var definition: PointDefinition?
    public var valueInitial: Double
    public var valueRemaining: Double?
    public var description: String?
    /// `YYYY-MM-DD HH:MM:SS`.
    public var issuedAt: String?
    public var accruedAt: String?
    public var expiresAt: String?
    public var sourceType: String?
    public var meta: JSONValue?
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        id: Int, profileID: String?, pointDefinitionID: Int?, definition: PointDefinition?, valueInitial: Double,
        valueRemaining: Double?, description: String? = nil, issuedAt: String?, accruedAt: String? = nil,
        expiresAt: String? = nil, sourceType: String? = nil, meta: JSONValue? = nil, createdAt: String? = nil,
        updatedAt: String? = nil
    ) {
        self.id = id
        self.profileID = profileID
        self.pointDefinitionID = pointDefinitionID
        self.definition = definition
        self.valueInitial = valueInitial
        self.valueRemaining = valueRemaining
        self.description = description
        self.issuedAt = issuedAt
        self.accruedAt = accruedAt
        self.expiresAt = expiresAt
        self.sourceType = sourceType
        self.meta = meta
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case profileID = "profile_id"
        case pointDefinitionID = "point_definition_id"
        case definition
        case valueInitial = "value_initial"
        case valueRemaining = "value_remaining"
        case description
        case issuedAt = "issued_at"
        case accruedAt = "accrued_at"
        case expiresAt = "expires_at"
        case sourceType = "source_type"
        case meta
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id) ?? 0
        profileID = try c.decodeLenientString(.profileID)
        pointDefinitionID = try c.decodeLenientInt(.pointDefinitionID)
        definition = try c.decodeIfPresent(PointDefinition.self, forKey: .definition)
        valueInitial = try c.decodeLenientDouble(.valueInitial) ?? 0
        valueRemaining = try c.decodeLenientDouble(.valueRemaining)
        description = try c.decodeLenientString(.description)
        issuedAt = try c.decodeLenientString(.issuedAt)
        accruedAt = try c.decodeLenientString(.accruedAt)
        expiresAt = try c.decodeLenientString(.expiresAt)
        sourceType = try c.decodeLenientString(.sourceType)
        meta = try c.decodeIfPresent(JSONValue.self, forKey: .meta)
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }
}

/// A kind of points (`omneo-sdk` `src/types/points.ts`, `PointDefinition`). Decoding is lenient.
public struct PointDefinition: Codable, Sendable, Equatable {
    public var id: Int
    public var name: String?
    public var handle: String?
    public var description: String?
    public var notes: String?
    public var isReassignable: Bool
    public var currency: String?
    public var tags: [String]
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        id: Int, name: String?, handle: String?, description: String? = nil, notes: String? = nil,
        isReassignable: Bool = false, currency: String? = nil, tags: [String] = [], createdAt: String? = nil,
        updatedAt: String? = nil
    ) {
        self.id = id
        self.name = name
        self.handle = handle
        self.description = description
        self.notes = notes
        self.isReassignable = isReassignable
        self.currency = currency
        self.tags = tags
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, name, handle, description, notes
        case isReassignable = "is_reassignable"
        case currency, tags
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let basics = try DefinitionBasics(from: decoder)
        (id, name, handle, description) = (basics.id, basics.name, basics.handle, basics.description)
        (tags, createdAt, updatedAt) = (basics.tags, basics.createdAt, basics.updatedAt)
        notes = try c.decodeLenientString(.notes)
        isReassignable = try c.decodeLenientBool(.isReassignable) ?? false
        currency = try c.decodeLenientString(.currency)
    }
}
