/// An Omneo customer profile, as the API v3 returns it.
public struct Profile: Codable, Sendable, Equatable {
    public var id: ProfileID
    public var firstName: String?
    public var lastName: String?
    public var fullName: String?
    public var email: String?
    public var mobilePhone: String?
    public var gender: Gender?
    public var title: String?
    public var birthDay: Int?
    public var birthMonth: Int?
    public var birthYear: Int?
    public var company: String?
    public var occupation: String?
    public var regionID: Int?
    public var joinedLocationID: Int?
    public var preferredLocationID: Int?
    public var tags: [String]
    public var identities: [Identity]
    public var attributes: ProfileAttributes
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: ProfileID, firstName: String? = nil, lastName: String? = nil, email: String? = nil,
        mobilePhone: String? = nil, gender: Gender? = nil, title: String? = nil, birthDay: Int? = nil,
        birthMonth: Int? = nil, birthYear: Int? = nil, company: String? = nil, occupation: String? = nil,
        regionID: Int? = nil, joinedLocationID: Int? = nil, preferredLocationID: Int? = nil,
        tags: [String] = [], identities: [Identity] = [], attributes: ProfileAttributes = .init(comms: Comms()),
        createdAt: String, updatedAt: String
    ) {
        self.id = id
        self.firstName = firstName
        self.lastName = lastName
        self.fullName = Profile.fullName(firstName, lastName)
        self.email = email
        self.mobilePhone = mobilePhone
        self.gender = gender
        self.title = title
        self.birthDay = birthDay
        self.birthMonth = birthMonth
        self.birthYear = birthYear
        self.company = company
        self.occupation = occupation
        self.regionID = regionID
        self.joinedLocationID = joinedLocationID
        self.preferredLocationID = preferredLocationID
        self.tags = tags
        self.identities = identities
        self.attributes = attributes
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// `first last`, or whichever of the two is present; `nil` when neither is.
    public static func fullName(_ first: String?, _ last: String?) -> String? {
        let parts = [first, last].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    enum CodingKeys: String, CodingKey {
        case id
        case firstName = "first_name"
        case lastName = "last_name"
        case fullName = "full_name"
        case email
        case mobilePhone = "mobile_phone"
        case gender, title
        case birthDay = "birth_day"
        case birthMonth = "birth_month"
        case birthYear = "birth_year"
        case company, occupation
        case regionID = "region_id"
        case joinedLocationID = "joined_location_id"
        case preferredLocationID = "preferred_location_id"
        case tags, identities, attributes
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public func encode(to encoder: any Encoder) throws {
        // Omneo writes every field, `null` included.
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(firstName, forKey: .firstName)
        try c.encode(lastName, forKey: .lastName)
        try c.encode(fullName, forKey: .fullName)
        try c.encode(email, forKey: .email)
        try c.encode(mobilePhone, forKey: .mobilePhone)
        try c.encode(gender, forKey: .gender)
        try c.encode(title, forKey: .title)
        try c.encode(birthDay, forKey: .birthDay)
        try c.encode(birthMonth, forKey: .birthMonth)
        try c.encode(birthYear, forKey: .birthYear)
        try c.encode(company, forKey: .company)
        try c.encode(occupation, forKey: .occupation)
        try c.encode(regionID, forKey: .regionID)
        try c.encode(joinedLocationID, forKey: .joinedLocationID)
        try c.encode(preferredLocationID, forKey: .preferredLocationID)
        try c.encode(tags, forKey: .tags)
        try c.encode(identities, forKey: .identities)
        try c.encode(attributes, forKey: .attributes)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
    }
}

/// The genders Omneo accepts.
public enum Gender: String, Codable, Sendable, CaseIterable {
    case male, female, withheld, other
}
