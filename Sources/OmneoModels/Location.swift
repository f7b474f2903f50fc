/// A store or other physical location of the retailer.
///
/// Shape from `omneo-sdk` `src/types/location.ts`: `name`, `type`, `timezone` and `address`
/// may be `null`, hours are `normal_hours` (`day_of_week`, `open_at`, `close_at`) and
/// `special_hours` (`start_at`, `end_at`, `is_repeating`). `handle`, `tags` and the
/// timestamps are the sandbox's additions and optional. Decoding is lenient.
public struct Location: Codable, Sendable, Equatable {
    public var id: Int
    public var name: String?
    public var handle: String?
    public var type: String?
    public var description: String?
    public var isPublished: Bool
    public var isPermanentlyClosed: Bool
    public var phone: String?
    public var email: String?
    public var timezone: String?
    public var externalID: String?
    public var externalCode: String?
    public var address: Address?
    public var normalHours: [NormalHours]
    public var specialHours: [SpecialHours]
    public var tags: [String]
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        id: Int, name: String?, handle: String? = nil, type: String?, description: String? = nil,
        isPublished: Bool, isPermanentlyClosed: Bool, phone: String? = nil, email: String? = nil,
        timezone: String? = nil, externalID: String? = nil, externalCode: String? = nil, address: Address?,
        normalHours: [NormalHours] = [], specialHours: [SpecialHours] = [], tags: [String] = [],
        createdAt: String? = nil, updatedAt: String? = nil
    ) {
        self.id = id
        self.name = name
        self.handle = handle
        self.type = type
        self.description = description
        self.isPublished = isPublished
        self.isPermanentlyClosed = isPermanentlyClosed
        self.phone = phone
        self.email = email
        self.timezone = timezone
        self.externalID = externalID
        self.externalCode = externalCode
        self.address = address
        self.normalHours = normalHours
        self.specialHours = specialHours
        self.tags = tags
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, name, handle, type, description
        case isPublished = "is_published"
        case isPermanentlyClosed = "is_permanently_closed"
        case phone, email, timezone
        case externalID = "external_id"
        case externalCode = "external_code"
        case address
        case normalHours = "normal_hours"
        case specialHours = "special_hours"
        case tags
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id) ?? 0
        name = try c.decodeLenientString(.name)
        handle = try c.decodeLenientString(.handle)
        type = try c.decodeLenientString(.type)
        description = try c.decodeLenientString(.description)
        isPublished = try c.decodeLenientBool(.isPublished) ?? false
        isPermanentlyClosed = try c.decodeLenientBool(.isPermanentlyClosed) ?? false
        phone = try c.decodeLenientString(.phone)
        email = try c.decodeLenientString(.email)
        timezone = try c.decodeLenientString(.timezone)
        externalID = try c.decodeLenientString(.externalID)
        externalCode = try c.decodeLenientString(.externalCode)
        address = try c.decodeIfPresent(Address.self, forKey: .address)
        normalHours = try c.decodeArray(NormalHours.self, .normalHours)
        specialHours = try c.decodeArray(SpecialHours.self, .specialHours)
        tags = try c.decodeLenientStrings(.tags)
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }

    public func encode(to encoder: any Encoder) throws {
        // Omneo writes every field, `null` included.
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encodeIfPresent(handle, forKey: .handle)
        try c.encode(type, forKey: .type)
        try c.encode(description, forKey: .description)
        try c.encode(isPublished, forKey: .isPublished)
        try c.encode(isPermanentlyClosed, forKey: .isPermanentlyClosed)
        try c.encode(phone, forKey: .phone)
        try c.encode(email, forKey: .email)
        try c.encode(timezone, forKey: .timezone)
        try c.encode(externalID, forKey: .externalID)
        try c.encode(externalCode, forKey: .externalCode)
        try c.encode(address, forKey: .address)
        try c.encode(normalHours, forKey: .normalHours)
        try c.encode(specialHours, forKey: .specialHours)
        try c.encode(tags, forKey: .tags)
        try c.encodeIfPresent(createdAt, forKey: .createdAt)
        try c.encodeIfPresent(updatedAt, forKey: .updatedAt)
    }
}
