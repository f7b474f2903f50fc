/// A row of `addresses`: a postal address of a profile.
public struct AddressRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var profileID: String
    public var addressLine1: String?
    public var addressLine2: String?
    public var addressLine3: String?
    public var city: String?
    public var state: String?
    public var postcode: String?
    public var country: String?
    public var iso: String?
    public var isoState: String?
    public var notes: String?
    public var externalID: String?
    /// JSON text.
    public var meta: String?
    public var company: String?
    public var phone: String?
    public var isDefault: Bool
    public var latitude: Double?
    public var longitude: Double?
    public var createdAt: String
    public var updatedAt: String

    public init(id: Int? = nil, profileID: String, isDefault: Bool = false, createdAt: String, updatedAt: String) {
        self.id = id
        self.profileID = profileID
        self.isDefault = isDefault
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public enum CodingKeys: String, CodingKey {
        case id
        case profileID = "profile_id"
        case addressLine1 = "address_line_1"
        case addressLine2 = "address_line_2"
        case addressLine3 = "address_line_3"
        case city, state, postcode, country, company, phone, iso
        case isoState = "iso_state"
        case notes
        case externalID = "external_id"
        case meta
        case isDefault = "is_default"
        case latitude, longitude
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
