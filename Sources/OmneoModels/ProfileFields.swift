/// The writable fields of a profile, for `PUT /profiles/{id}` (`PUT /profiles/me`).
///
/// Only the fields that are set are sent, so a `ProfileFields` is a partial update:
/// `nil` leaves a field unchanged.
public struct ProfileFields: Codable, Sendable, Equatable {
    public var firstName: String?
    public var lastName: String?
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
    public var tags: [String]?
    /// Comms flags to change (only those present are changed).
    public var comms: Comms?

    public init(
        firstName: String? = nil, lastName: String? = nil, email: String? = nil, mobilePhone: String? = nil,
        gender: Gender? = nil, title: String? = nil, birthDay: Int? = nil, birthMonth: Int? = nil,
        birthYear: Int? = nil, company: String? = nil, occupation: String? = nil, regionID: Int? = nil,
        joinedLocationID: Int? = nil, preferredLocationID: Int? = nil, tags: [String]? = nil, comms: Comms? = nil
    ) {
        self.firstName = firstName
        self.lastName = lastName
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
        self.comms = comms
    }

    enum CodingKeys: String, CodingKey {
        case firstName = "first_name"
        case lastName = "last_name"
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
        case tags, attributes
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        firstName = try c.decodeIfPresent(String.self, forKey: .firstName)
        lastName = try c.decodeIfPresent(String.self, forKey: .lastName)
        email = try c.decodeIfPresent(String.self, forKey: .email)
        mobilePhone = try c.decodeIfPresent(String.self, forKey: .mobilePhone)
        gender = try c.decodeIfPresent(Gender.self, forKey: .gender)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        birthDay = try c.decodeIfPresent(Int.self, forKey: .birthDay)
        birthMonth = try c.decodeIfPresent(Int.self, forKey: .birthMonth)
        birthYear = try c.decodeIfPresent(Int.self, forKey: .birthYear)
        company = try c.decodeIfPresent(String.self, forKey: .company)
        occupation = try c.decodeIfPresent(String.self, forKey: .occupation)
        regionID = try c.decodeIfPresent(Int.self, forKey: .regionID)
        joinedLocationID = try c.decodeIfPresent(Int.self, forKey: .joinedLocationID)
        preferredLocationID = try c.decodeIfPresent(Int.self, forKey: .preferredLocationID)
        tags = try c.decodeIfPresent([String].self, forKey: .tags)
        comms = try c.decodeIfPresent(ProfileAttributes.self, forKey: .attributes)?.comms
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(firstName, forKey: .firstName)
        try c.encodeIfPresent(lastName, forKey: .lastName)
        try c.encodeIfPresent(email, forKey: .email)
        try c.encodeIfPresent(mobilePhone, forKey: .mobilePhone)
        try c.encodeIfPresent(gender, forKey: .gender)
        try c.encodeIfPresent(title, forKey: .title)
        try c.encodeIfPresent(birthDay, forKey: .birthDay)
        try c.encodeIfPresent(birthMonth, forKey: .birthMonth)
        try c.encodeIfPresent(birthYear, forKey: .birthYear)
        try c.encodeIfPresent(company, forKey: .company)
        try c.encodeIfPresent(occupation, forKey: .occupation)
        try c.encodeIfPresent(regionID, forKey: .regionID)
        try c.encodeIfPresent(joinedLocationID, forKey: .joinedLocationID)
        try c.encodeIfPresent(preferredLocationID, forKey: .preferredLocationID)
        try c.encodeIfPresent(tags, forKey: .tags)
        if let comms, !comms.isEmpty { try c.encode(ProfileAttributes(comms: comms), forKey: .attributes) }
    }
}
