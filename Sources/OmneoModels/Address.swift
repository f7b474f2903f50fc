/// A postal address: of a profile (`id`, `profileID` set) or of a location.
///
/// Shape from `omneo-sdk` `src/types/address.ts`. Decoding is lenient: Omneo writes ids and
/// coordinates as strings or numbers, `is_default` as a boolean or `0`/`1`, and `null` freely.
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
    /// ISO 3166-1 country code, e.g. `AU`.
    public var iso: String?
    /// ISO 3166-2 subdivision code, e.g. `AU-NSW`.
    public var isoState: String?
    public var company: String?
    public var phone: String?
    public var notes: String?
    public var isDefault: Bool?
    public var latitude: Coordinate?
    public var longitude: Coordinate?
    public var externalID: String?
    public var meta: JSONValue?
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        id: Int? = nil, profileID: ProfileID? = nil, addressLine1: String? = nil, addressLine2: String? = nil,
        addressLine3: String? = nil, city: String? = nil, state: String? = nil, postcode: String? = nil,
        country: String? = nil, iso: String? = nil, isoState: String? = nil, company: String? = nil,
        phone: String? = nil, notes: String? = nil, isDefault: Bool? = nil, latitude: Coordinate? = nil,
        longitude: Coordinate? = nil, externalID: String? = nil, meta: JSONValue? = nil, createdAt: String? = nil,
        updatedAt: String? = nil
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
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case profileID = "profile_id"
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
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id)
        profileID = try c.decodeIfPresent(ProfileID.self, forKey: .profileID)
        addressLine1 = try c.decodeLenientString(.addressLine1)
        addressLine2 = try c.decodeLenientString(.addressLine2)
        addressLine3 = try c.decodeLenientString(.addressLine3)
        city = try c.decodeLenientString(.city)
        state = try c.decodeLenientString(.state)
        postcode = try c.decodeLenientString(.postcode)
        country = try c.decodeLenientString(.country)
        iso = try c.decodeLenientString(.iso)
        isoState = try c.decodeLenientString(.isoState)
        company = try c.decodeLenientString(.company)
        phone = try c.decodeLenientString(.phone)
        notes = try c.decodeLenientString(.notes)
        isDefault = try c.decodeLenientBool(.isDefault)
        latitude = try c.decodeLenientCoordinate(.latitude)
        longitude = try c.decodeLenientCoordinate(.longitude)
        externalID = try c.decodeLenientString(.externalID)
        meta = try c.decodeIfPresent(JSONValue.self, forKey: .meta)
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }
}
