/// A postal address: of a profile (`id`, `profileID` set) or of a location.
public struct Address: Codable, Sendable, Equatable {
    public var id: Int?
    public var profileID: ProfileID?
    public var addressLine1: String?
    public var addressLine2: String?
    public var addressLine3: String?
    public var city: String?
    public var state: String?
    public var postcode: String?
    public var country: String?
    public var company: String?
    public var phone: String?
    public var isDefault: Bool?
    public var latitude: Double?
    public var longitude: Double?
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        id: Int? = nil, profileID: ProfileID? = nil, addressLine1: String? = nil, addressLine2: String? = nil,
        addressLine3: String? = nil, city: String? = nil, state: String? = nil, postcode: String? = nil,
        country: String? = nil, company: String? = nil, phone: String? = nil, isDefault: Bool? = nil,
        latitude: Double? = nil, longitude: Double? = nil, createdAt: String? = nil, updatedAt: String? = nil
    ) {
        self.id = id
        self.profileID = profileID
        self.addressLine1 = addressLine1
        self.addressLine2 = addressLine2
        self.addressLine3 = addressLine3
        self.city = city
        self.state = state
        self.postcode = postcode
        self.country = country
        self.company = company
        self.phone = phone
        self.isDefault = isDefault
        self.latitude = latitude
        self.longitude = longitude
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case profileID = "profile_id"
        case addressLine1 = "address_line_1"
        case addressLine2 = "address_line_2"
        case addressLine3 = "address_line_3"
        case city, state, postcode, country, company, phone
        case isDefault = "is_default"
        case latitude, longitude
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
