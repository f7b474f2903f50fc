/// The body of `POST /id/api/v1/profiles` (find-or-create): who the shopper is, the comms
/// flags they chose, and details used only if a new profile is created.
///
/// At least one of `email` and `mobilePhone` is required. Only the fields that are set are sent.
public struct ProfileSignupFields: Codable, Sendable, Equatable {
    public var email: String?
    /// A mobile number in international format (spaces, dashes and brackets are allowed).
    public var mobilePhone: String?
    public var firstName: String?
    public var lastName: String?
    public var title: String?
    public var gender: Gender?
    public var birthDay: Int?
    public var birthMonth: Int?
    public var birthYear: Int?
    public var regionID: Int?
    public var tags: [String]?
    public var company: String?
    public var occupation: String?
    public var joinedLocationID: Int?
    public var preferredLocationID: Int?
    /// Shopper-settable flags (`*_optout`, `*_promo`); the only thing changed on an existing profile.
    public var comms: Comms

    public init(
        email: String? = nil, mobilePhone: String? = nil, firstName: String? = nil, lastName: String? = nil,
        title: String? = nil, gender: Gender? = nil, birthDay: Int? = nil, birthMonth: Int? = nil,
        birthYear: Int? = nil, regionID: Int? = nil, tags: [String]? = nil, company: String? = nil,
        occupation: String? = nil, joinedLocationID: Int? = nil, preferredLocationID: Int? = nil,
        comms: Comms = Comms()
    ) {
        self.email = email
        self.mobilePhone = mobilePhone
        self.firstName = firstName
        self.lastName = lastName
        self.title = title
        self.gender = gender
        self.birthDay = birthDay
        self.birthMonth = birthMonth
        self.birthYear = birthYear
        self.regionID = regionID
        self.tags = tags
        self.company = company
        self.occupation = occupation
        self.joinedLocationID = joinedLocationID
        self.preferredLocationID = preferredLocationID
        self.comms = comms
    }

    enum CodingKeys: String, CodingKey {
        case email
        case mobilePhone = "mobile_phone"
        case firstName = "first_name"
        case lastName = "last_name"
        case title, gender
        case birthDay = "birth_day"
        case birthMonth = "birth_month"
        case birthYear = "birth_year"
        case regionID = "region_id"
        case tags, company, occupation
        case joinedLocationID = "joined_location_id"
        case preferredLocationID = "preferred_location_id"
        case attributes
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        email = try c.decodeIfPresent(String.self, forKey: .email)
        mobilePhone = try c.decodeIfPresent(String.self, forKey: .mobilePhone)
        firstName = try c.decodeIfPresent(String.self, forKey: .firstName)
        lastName = try c.decodeIfPresent(String.self, forKey: .lastName)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        gender = try c.decodeIfPresent(Gender.self, forKey: .gender)
        birthDay = try c.decodeIfPresent(Int.self, forKey: .birthDay)
        birthMonth = try c.decodeIfPresent(Int.self, forKey: .birthMonth)
        birthYear = try c.decodeIfPresent(Int.self, forKey: .birthYear)
        regionID = try c.decodeIfPresent(Int.self, forKey: .regionID)
        tags = try c.decodeIfPresent([String].self, forKey: .tags)
        company = try c.decodeIfPresent(String.self, forKey: .company)
        occupation = try c.decodeIfPresent(String.self, forKey: .occupation)
        joinedLocationID = try c.decodeIfPresent(Int.self, forKey: .joinedLocationID)
        preferredLocationID = try c.decodeIfPresent(Int.self, forKey: .preferredLocationID)
        comms = try c.decodeIfPresent(ProfileAttributes.self, forKey: .attributes)?.comms ?? Comms()
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(email, forKey: .email)
        try c.encodeIfPresent(mobilePhone, forKey: .mobilePhone)
        try c.encodeIfPresent(firstName, forKey: .firstName)
        try c.encodeIfPresent(lastName, forKey: .lastName)
        try c.encodeIfPresent(title, forKey: .title)
        try c.encodeIfPresent(gender, forKey: .gender)
        try c.encodeIfPresent(birthDay, forKey: .birthDay)
        try c.encodeIfPresent(birthMonth, forKey: .birthMonth)
        try c.encodeIfPresent(birthYear, forKey: .birthYear)
        try c.encodeIfPresent(regionID, forKey: .regionID)
        try c.encodeIfPresent(tags, forKey: .tags)
        try c.encodeIfPresent(company, forKey: .company)
        try c.encodeIfPresent(occupation, forKey: .occupation)
        try c.encodeIfPresent(joinedLocationID, forKey: .joinedLocationID)
        try c.encodeIfPresent(preferredLocationID, forKey: .preferredLocationID)
        if !comms.isEmpty { try c.encode(ProfileAttributes(comms: comms), forKey: .attributes) }
    }
}
