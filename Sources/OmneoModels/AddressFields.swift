/// The writable fields of a profile address (`POST`/`PUT /profiles/{id}/addresses…`), after
/// `omneo-sdk` `src/types/address.ts` (`AddressRequest`).
///
/// `addressLine1`, `city` and `country` are required on create. Only the fields that are
/// set are sent.
public struct AddressFields: Codable, Sendable, Equatable {
    public var addressLine1: String?
    public var addressLine2: String?
    public var addressLine3: String?
    public var city: String?
    public var state: String?
    public var postcode: String?
    public var country: String?
    public var iso: String?
    public var isoState: String?
    public var company: String?
    public var phone: String?
    public var notes: String?
    public var isDefault: Bool?
    public var latitude: Coordinate?
    public var longitude: Coordinate?
    public var externalID: String?
    public var meta: JSONValue?

    public init(
        addressLine1: String? = nil, addressLine2: String? = nil, addressLine3: String? = nil, city: String? = nil,
        state: String? = nil, postcode: String? = nil, country: String? = nil, iso: String? = nil,
        isoState: String? = nil, company: String? = nil, phone: String? = nil, notes: String? = nil,
        isDefault: Bool? = nil, latitude: Coordinate? = nil, longitude: Coordinate? = nil, externalID: String? = nil,
        meta: JSONValue? = nil
    ) {
        self.addressLine1 = addressLine1
        self.addressLine2 = addressLine2
        self.addressLine3 = addressLine3
        self.city = city
        self.state = state
        self.postcode = postcode
        self.country = country
        self.iso = iso
        self.isoState = isoState
        self.company = company
        self.phone = phone
        self.notes = notes
        self.isDefault = isDefault
        self.latitude = latitude
        self.longitude = longitude
        self.externalID = externalID
        self.meta = meta
    }

    enum CodingKeys: String, CodingKey {
        case addressLine1 = "address_line_1"
        case addressLine2 = "address_line_2"
        case addressLine3 = "address_line_3"
        case city, state, postcode, country, iso
        case isoState = "iso_state"
        case company, phone, notes
        case isDefault = "is_default"
        case latitude, longitude
        case externalID = "external_id"
        case meta
    }
}
