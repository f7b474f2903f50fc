/// A store or other physical location of the retailer.
public struct Location: Codable, Sendable, Equatable {
    public var id: Int
    public var name: String
    public var handle: String
    public var type: String
    public var isPublished: Bool
    public var isPermanentlyClosed: Bool
    public var phone: String?
    public var email: String?
    public var timezone: String
    public var address: Address
    public var normalHours: [OpeningHours]
    public var specialHours: [SpecialHours]
    public var tags: [String]
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: Int, name: String, handle: String, type: String, isPublished: Bool, isPermanentlyClosed: Bool,
        phone: String? = nil, email: String? = nil, timezone: String, address: Address,
        normalHours: [OpeningHours] = [], specialHours: [SpecialHours] = [], tags: [String] = [],
        createdAt: String, updatedAt: String
    ) {
        self.id = id
        self.name = name
        self.handle = handle
        self.type = type
        self.isPublished = isPublished
        self.isPermanentlyClosed = isPermanentlyClosed
        self.phone = phone
        self.email = email
        self.timezone = timezone
        self.address = address
        self.normalHours = normalHours
        self.specialHours = specialHours
        self.tags = tags
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, name, handle, type
        case isPublished = "is_published"
        case isPermanentlyClosed = "is_permanently_closed"
        case phone, email, timezone, address
        case normalHours = "normal_hours"
        case specialHours = "special_hours"
        case tags
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}

/// Regular opening hours for one day of the week (`day` 0 = Sunday … 6 = Saturday).
public struct OpeningHours: Codable, Sendable, Equatable {
    public var day: Int
    /// `HH:MM`, local time; `nil` when closed that day.
    public var open: String?
    public var close: String?
    public var isClosed: Bool

    public init(day: Int, open: String?, close: String?, isClosed: Bool) {
        self.day = day
        self.open = open
        self.close = close
        self.isClosed = isClosed
    }

    enum CodingKeys: String, CodingKey {
        case day, open, close
        case isClosed = "is_closed"
    }
}

/// Opening hours that replace the regular ones on one date (`YYYY-MM-DD`).
public struct SpecialHours: Codable, Sendable, Equatable {
    public var date: String
    public var open: String?
    public var close: String?
    public var isClosed: Bool
    public var reason: String?

    public init(date: String, open: String?, close: String?, isClosed: Bool, reason: String? = nil) {
        self.date = date
        self.open = open
        self.close = close
        self.isClosed = isClosed
        self.reason = reason
    }

    enum CodingKeys: String, CodingKey {
        case date, open, close
        case isClosed = "is_closed"
        case reason
    }
}
