import OmneoModels

/// A row of `locations`. The address is flattened into `address_*` columns; hours and tags
/// are JSON text.
public struct LocationRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var name: String
    public var handle: String
    public var type: String
    public var isPublished: Bool
    public var isPermanentlyClosed: Bool
    public var phone: String?
    public var email: String?
    public var timezone: String
    public var addressLine1: String?
    public var addressLine2: String?
    public var addressLine3: String?
    public var city: String?
    public var state: String?
    public var postcode: String?
    public var country: String?
    public var latitude: Double?
    public var longitude: Double?
    public var normalHours: [NormalHours]
    public var specialHours: [SpecialHours]
    public var description: String?
    public var externalID: String?
    public var externalCode: String?
    public var tags: [String]
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: Int? = nil, name: String, handle: String, type: String, isPublished: Bool = false,
        isPermanentlyClosed: Bool = false, timezone: String, createdAt: String, updatedAt: String
    ) {
        self.id = id
        self.name = name
        self.handle = handle
        self.type = type
        self.isPublished = isPublished
        self.isPermanentlyClosed = isPermanentlyClosed
        self.timezone = timezone
        self.normalHours = []
        self.specialHours = []
        self.tags = []
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public enum CodingKeys: String, CodingKey {
        case id, name, handle, type
        case isPublished = "is_published"
        case isPermanentlyClosed = "is_permanently_closed"
        case phone, email, timezone
        case addressLine1 = "address_line_1"
        case addressLine2 = "address_line_2"
        case addressLine3 = "address_line_3"
        case city, state, postcode, country, latitude, longitude
        case normalHours = "normal_hours"
        case specialHours = "special_hours"
        case tags, description
        case externalID = "external_id"
        case externalCode = "external_code"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
