/// A row of `regions`, unique by handle. `countries` holds ISO 3166-1 alpha-2 codes.
public struct RegionRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var name: String
    public var handle: String
    public var isDefault: Bool
    public var countries: [String]
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: Int? = nil, name: String, handle: String, isDefault: Bool = false, countries: [String] = [],
        createdAt: String, updatedAt: String
    ) {
        self.id = id
        self.name = name
        self.handle = handle
        self.isDefault = isDefault
        self.countries = countries
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public enum CodingKeys: String, CodingKey {
        case id, name, handle
        case isDefault = "is_default"
        case countries
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}

/// A row of `profile_regions`: a profile's membership of a region, one per profile and region.
public struct ProfileRegionRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var profileID: String
    public var regionID: Int
    public var country: String?
    public var state: String?
    public var isActive: Bool
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: Int? = nil, profileID: String, regionID: Int, country: String? = nil, state: String? = nil,
        isActive: Bool = true, createdAt: String, updatedAt: String
    ) {
        self.id = id
        self.profileID = profileID
        self.regionID = regionID
        self.country = country
        self.state = state
        self.isActive = isActive
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public enum CodingKeys: String, CodingKey {
        case id
        case profileID = "profile_id"
        case regionID = "region_id"
        case country, state
        case isActive = "is_active"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
