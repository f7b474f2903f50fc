/// A region of the retailer (`omneo-sdk` `src/types/region.ts`). In a profile's regions
/// (`/profiles/{id}/regions`) it also carries the profile's `country`, `state` and `is_active`.
/// Decoding is lenient.
public struct Region: Codable, Sendable, Equatable {
    public var id: Int
    public var name: String?
    public var handle: String?
    /// The countries of the region, as Omneo writes them (`{"iso_2": "AU", …}`).
    public var countries: [JSONValue]
    public var isDefault: Bool
    public var isActive: Bool?
    public var country: String?
    public var state: String?
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        id: Int, name: String?, handle: String?, countries: [JSONValue] = [], isDefault: Bool = false,
        isActive: Bool? = nil, country: String? = nil, state: String? = nil, createdAt: String? = nil,
        updatedAt: String? = nil
    ) {
        self.id = id
        self.name = name
        self.handle = handle
        self.countries = countries
        self.isDefault = isDefault
        self.isActive = isActive
        self.country = country
        self.state = state
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, name, handle, countries
        case isDefault = "is_default"
        case isActive = "is_active"
        case country, state
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id) ?? 0
        name = try c.decodeLenientString(.name)
        handle = try c.decodeLenientString(.handle)
        countries = try c.decodeArray(JSONValue.self, .countries)
        isDefault = try c.decodeLenientBool(.isDefault) ?? false
        isActive = try c.decodeLenientBool(.isActive)
        country = try c.decodeLenientString(.country)
        state = try c.decodeLenientString(.state)
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }
}

/// The body of `POST /profiles/me/regions` (all but `isActive` required) or
/// `PUT /profiles/me/regions/{region}` (only the fields set are sent).
public struct ProfileRegionFields: Codable, Sendable, Equatable {
    public var regionID: Int?
    public var country: String?
    public var state: String?
    public var isActive: Bool?

    public init(regionID: Int? = nil, country: String? = nil, state: String? = nil, isActive: Bool? = nil) {
        self.regionID = regionID
        self.country = country
        self.state = state
        self.isActive = isActive
    }

    enum CodingKeys: String, CodingKey {
        case regionID = "region_id"
        case country, state
        case isActive = "is_active"
    }
}
