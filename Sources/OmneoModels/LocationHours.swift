/// Regular opening hours for one day of the week (`omneo-sdk` `src/types/location.ts`,
/// `NormalHour`). A day without an entry is a day the location is closed.
public struct NormalHours: Codable, Sendable, Equatable {
    public var id: Int?
    public var locationID: Int?
    public var dayOfWeek: Weekday
    /// Local time, `HH:MM:SS`.
    public var openAt: String?
    public var closeAt: String?
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        id: Int? = nil, locationID: Int? = nil, dayOfWeek: Weekday, openAt: String?, closeAt: String?,
        createdAt: String? = nil, updatedAt: String? = nil
    ) {
        self.id = id
        self.locationID = locationID
        self.dayOfWeek = dayOfWeek
        self.openAt = openAt
        self.closeAt = closeAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case locationID = "location_id"
        case dayOfWeek = "day_of_week"
        case openAt = "open_at"
        case closeAt = "close_at"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id)
        locationID = try c.decodeLenientInt(.locationID)
        dayOfWeek = try c.decode(Weekday.self, forKey: .dayOfWeek)
        openAt = try c.decodeLenientString(.openAt)
        closeAt = try c.decodeLenientString(.closeAt)
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }
}

/// Hours that replace the regular ones from `startAt` to `endAt` (`omneo-sdk`
/// `src/types/location.ts`, `SpecialHour`), such as a public holiday; yearly when repeating.
/// No `openAt` means closed.
public struct SpecialHours: Codable, Sendable, Equatable {
    public var id: Int?
    public var locationID: Int?
    public var name: String?
    public var isRepeating: Bool
    /// Local time, `HH:MM:SS`.
    public var openAt: String?
    public var closeAt: String?
    /// Local date-times, `YYYY-MM-DD HH:MM:SS`.
    public var startAt: String?
    public var endAt: String?
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        id: Int? = nil, locationID: Int? = nil, name: String?, isRepeating: Bool = false, openAt: String?,
        closeAt: String?, startAt: String?, endAt: String?, createdAt: String? = nil, updatedAt: String? = nil
    ) {
        self.id = id
        self.locationID = locationID
        self.name = name
        self.isRepeating = isRepeating
        self.openAt = openAt
        self.closeAt = closeAt
        self.startAt = startAt
        self.endAt = endAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case locationID = "location_id"
        case name
        case isRepeating = "is_repeating"
        case openAt = "open_at"
        case closeAt = "close_at"
        case startAt = "start_at"
        case endAt = "end_at"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id)
        locationID = try c.decodeLenientInt(.locationID)
        name = try c.decodeLenientString(.name)
        isRepeating = try c.decodeLenientBool(.isRepeating) ?? false
        openAt = try c.decodeLenientString(.openAt)
        closeAt = try c.decodeLenientString(.closeAt)
        startAt = try c.decodeLenientString(.startAt)
        endAt = try c.decodeLenientString(.endAt)
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }
}
