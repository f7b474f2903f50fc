/// A link between two profiles, made under a connection definition (a family member, a
/// partner, a personal stylist): `omneo-sdk` `src/types/connection.ts` and
/// `src/types/connections.ts`, `Connection`. The `connector` asked, the `connected` answers
/// (`status`). Decoding is lenient.
public struct Connection: Codable, Sendable, Equatable {
    public var id: Int
    public var name: String?
    public var description: String?
    public var definition: ConnectionDefinition?
    public var connectorID: String?
    public var connector: ConnectionProfile?
    public var connectedID: String?
    public var connected: ConnectionProfile?
    /// `draft`, `pending`, `accepted`, `rejected`, `hold`, `archived`, `break`.
    public var status: ConnectionStatus?
    public var disconnectedBy: String?
    /// `YYYY-MM-DD HH:MM:SS`.
    public var connectedAt: String?
    public var disconnectedAt: String?
    public var isPublished: Bool?
    public var isArchived: Bool?
    public var isDefault: Bool?
    public var isInvalid: Bool?
    public var isPrimary: Bool?
    public var sortOrder: Int?
    public var meta: JSONValue?
    public var notes: String?
    public var externalID: String?
    public var externalIDType: String?
    public var createdAt: String?
    public var updatedAt: String?

    public init(id: Int, name: String?, status: ConnectionStatus?, connectorID: String?, connectedID: String?) {
        self.id = id
        self.name = name
        self.status = status
        self.connectorID = connectorID
        self.connectedID = connectedID
    }

    public enum CodingKeys: String, CodingKey {
        case id, name, description, definition
        case connectorID = "connector_id"
        case connector
        case connectedID = "connected_id"
        case connected, status
        case disconnectedBy = "disconnected_by"
        case connectedAt = "connected_at"
        case disconnectedAt = "disconnected_at"
        case isPublished = "is_published"
        case isArchived = "is_archived"
        case isDefault = "is_default"
        case isInvalid = "is_invalid"
        case isPrimary = "is_primary"
        case sortOrder = "sort_order"
        case meta, notes
        case externalID = "external_id"
        case externalIDType = "external_id_type"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id) ?? 0
        name = try c.decodeLenientString(.name)
        description = try c.decodeLenientString(.description)
        definition = try c.decodeIfPresent(ConnectionDefinition.self, forKey: .definition)
        connectorID = try c.decodeLenientString(.connectorID)
        connector = try c.decodeIfPresent(ConnectionProfile.self, forKey: .connector)
        connectedID = try c.decodeLenientString(.connectedID)
        connected = try c.decodeIfPresent(ConnectionProfile.self, forKey: .connected)
        status = try c.decodeLenientString(.status).map(ConnectionStatus.init(rawValue:))
        disconnectedBy = try c.decodeLenientString(.disconnectedBy)
        connectedAt = try c.decodeLenientString(.connectedAt)
        disconnectedAt = try c.decodeLenientString(.disconnectedAt)
        isPublished = try c.decodeLenientBool(.isPublished)
        isArchived = try c.decodeLenientBool(.isArchived)
        isDefault = try c.decodeLenientBool(.isDefault)
        isInvalid = try c.decodeLenientBool(.isInvalid)
        isPrimary = try c.decodeLenientBool(.isPrimary)
        sortOrder = try c.decodeLenientInt(.sortOrder)
        meta = try c.decodeIfPresent(JSONValue.self, forKey: .meta)
        notes = try c.decodeLenientString(.notes)
        externalID = try c.decodeLenientString(.externalID)
        externalIDType = try c.decodeLenientString(.externalIDType)
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }

    public func encode(to encoder: any Encoder) throws {
        // Laravel writes every column, `null` included.
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(description, forKey: .description)
        try c.encode(definition, forKey: .definition)
        try c.encode(connectorID, forKey: .connectorID)
        try c.encode(connector, forKey: .connector)
        try c.encode(connectedID, forKey: .connectedID)
        try c.encode(connected, forKey: .connected)
        try c.encode(status, forKey: .status)
        try c.encode(disconnectedBy, forKey: .disconnectedBy)
        try c.encode(connectedAt, forKey: .connectedAt)
        try c.encode(disconnectedAt, forKey: .disconnectedAt)
        try c.encode(isPublished, forKey: .isPublished)
        try c.encode(isArchived, forKey: .isArchived)
        try c.encode(isDefault, forKey: .isDefault)
        try c.encode(isInvalid, forKey: .isInvalid)
        try c.encode(isPrimary, forKey: .isPrimary)
        try c.encode(sortOrder, forKey: .sortOrder)
        try c.encode(meta, forKey: .meta)
        try c.encode(notes, forKey: .notes)
        try c.encode(externalID, forKey: .externalID)
        try c.encode(externalIDType, forKey: .externalIDType)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
    }
}

/// Where a connection stands (`omneo-sdk` `ConnectionStatuses`); open.
public struct ConnectionStatus: OpenValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let draft = Self(rawValue: "draft")
    public static let pending = Self(rawValue: "pending")
    public static let accepted = Self(rawValue: "accepted")
    public static let rejected = Self(rawValue: "rejected")
    public static let hold = Self(rawValue: "hold")
    public static let archived = Self(rawValue: "archived")
    /// The connection was broken by one of its profiles.
    public static let `break` = Self(rawValue: "break")
    public static let allCases: [Self] = [draft, pending, accepted, rejected, hold, archived, `break`]
}

/// What a connection shows of each of its profiles (`omneo-sdk` `ConnectionProfileData`), and
/// what `…/connections/{id}/profileInfo` answers of the other one. Decoding is lenient.
public struct ConnectionProfile: Codable, Sendable, Equatable {
    public var id: String
    public var firstName: String?
    public var lastName: String?
    public var email: String?
    public var birthYear: Int?
    public var birthMonth: Int?
    public var birthDay: Int?

    public init(
        id: String, firstName: String?, lastName: String?, email: String?, birthYear: Int? = nil,
        birthMonth: Int? = nil, birthDay: Int? = nil
    ) {
        self.id = id
        self.firstName = firstName
        self.lastName = lastName
        self.email = email
        self.birthYear = birthYear
        self.birthMonth = birthMonth
        self.birthDay = birthDay
    }

    enum CodingKeys: String, CodingKey {
        case id
        case firstName = "first_name"
        case lastName = "last_name"
        case email
        case birthYear = "birth_year"
        case birthMonth = "birth_month"
        case birthDay = "birth_day"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientString(.id) ?? ""
        firstName = try c.decodeLenientString(.firstName)
        lastName = try c.decodeLenientString(.lastName)
        email = try c.decodeLenientString(.email)
        birthYear = try c.decodeLenientInt(.birthYear)
        birthMonth = try c.decodeLenientInt(.birthMonth)
        birthDay = try c.decodeLenientInt(.birthDay)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(firstName, forKey: .firstName)
        try c.encode(lastName, forKey: .lastName)
        try c.encode(email, forKey: .email)
        try c.encode(birthYear, forKey: .birthYear)
        try c.encode(birthMonth, forKey: .birthMonth)
        try c.encode(birthDay, forKey: .birthDay)
    }
}

/// A kind of connection a tenant offers (`omneo-sdk` `src/types/connection.ts`,
/// `ConnectionDefinition`). Decoding is lenient.
public struct ConnectionDefinition: Codable, Sendable, Equatable {
    public var id: Int
    public var name: String?
    public var handle: String?
    public var shortDescription: String?
    public var type: String?
    /// The profile fields one side may read of the other (`…/profileInfo`).
    public var shareableAttributes: [String]
    public var connectorCanBreak: Bool?
    public var connectedCanBreak: Bool?
    public var isPublished: Bool?
    public var isPending: Bool?
    public var isArchived: Bool?
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        id: Int, name: String?, handle: String?, shortDescription: String? = nil, type: String?,
        shareableAttributes: [String] = [], connectorCanBreak: Bool? = nil, connectedCanBreak: Bool? = nil,
        isPublished: Bool? = true, isPending: Bool? = false, isArchived: Bool? = false, createdAt: String? = nil,
        updatedAt: String? = nil
    ) {
        self.id = id
        self.name = name
        self.handle = handle
        self.shortDescription = shortDescription
        self.type = type
        self.shareableAttributes = shareableAttributes
        self.connectorCanBreak = connectorCanBreak
        self.connectedCanBreak = connectedCanBreak
        self.isPublished = isPublished
        self.isPending = isPending
        self.isArchived = isArchived
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, name, handle
        case shortDescription = "short_description"
        case type
        case shareableAttributes = "shareable_attributes"
        case connectorCanBreak = "connector_can_break"
        case connectedCanBreak = "connected_can_break"
        case isPublished = "is_published"
        case isPending = "is_pending"
        case isArchived = "is_archived"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id) ?? 0
        name = try c.decodeLenientString(.name)
        handle = try c.decodeLenientString(.handle)
        shortDescription = try c.decodeLenientString(.shortDescription)
        type = try c.decodeLenientString(.type)
        shareableAttributes = try c.decodeLenientStrings(.shareableAttributes)
        connectorCanBreak = try c.decodeLenientBool(.connectorCanBreak)
        connectedCanBreak = try c.decodeLenientBool(.connectedCanBreak)
        isPublished = try c.decodeLenientBool(.isPublished)
        isPending = try c.decodeLenientBool(.isPending)
        isArchived = try c.decodeLenientBool(.isArchived)
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }
}
