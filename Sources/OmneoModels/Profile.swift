/// An Omneo customer profile, as the API v3 returns it (`omneo-sdk` `src/types/profile.ts`).
///
/// Decoding is lenient: unknown keys are ignored, `null` is accepted for every field but
/// `id`, and ids and numbers may arrive as strings.
public struct Profile: Codable, Sendable, Equatable {
    public var id: ProfileID
    public var profileType: ProfileType?
    public var firstName: String?
    public var lastName: String?
    public var fullName: String?
    public var email: String?
    public var mobilePhone: String?
    public var secondaryPhone: String?
    public var gender: Gender?
    public var title: String?
    public var birthDay: Int?
    public var birthMonth: Int?
    public var birthYear: Int?
    public var company: String?
    public var occupation: String?
    public var currency: String?
    public var avatarURL: String?
    public var regionID: Int?
    public var joinedLocationID: Int?
    public var preferredLocationID: Int?
    public var tierHandle: String?
    public var joinedAt: String?
    public var rewardBalance: Double?
    public var pointBalance: Double?
    public var tags: [String]
    public var identities: [Identity]
    public var attributes: ProfileAttributes
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        id: ProfileID, profileType: ProfileType? = nil, firstName: String? = nil, lastName: String? = nil,
        email: String? = nil, mobilePhone: String? = nil, secondaryPhone: String? = nil, gender: Gender? = nil,
        title: String? = nil, birthDay: Int? = nil, birthMonth: Int? = nil, birthYear: Int? = nil,
        company: String? = nil, occupation: String? = nil, currency: String? = nil, avatarURL: String? = nil,
        regionID: Int? = nil, joinedLocationID: Int? = nil, preferredLocationID: Int? = nil,
        tierHandle: String? = nil, joinedAt: String? = nil, rewardBalance: Double? = nil, pointBalance: Double? = nil,
        tags: [String] = [], identities: [Identity] = [], attributes: ProfileAttributes = .init(comms: Comms()),
        createdAt: String?, updatedAt: String?
    ) {
        self.id = id
        self.profileType = profileType
        self.firstName = firstName
        self.lastName = lastName
        self.fullName = Profile.fullName(firstName, lastName)
        self.email = email
        self.mobilePhone = mobilePhone
        self.secondaryPhone = secondaryPhone
        self.gender = gender
        self.title = title
        self.birthDay = birthDay
        self.birthMonth = birthMonth
        self.birthYear = birthYear
        self.company = company
        self.occupation = occupation
        self.currency = currency
        self.avatarURL = avatarURL
        self.regionID = regionID
        self.joinedLocationID = joinedLocationID
        self.preferredLocationID = preferredLocationID
        self.tierHandle = tierHandle
        self.joinedAt = joinedAt
        self.rewardBalance = rewardBalance
        self.pointBalance = pointBalance
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
        case profileType = "profile_type"
        case firstName = "first_name"
        case lastName = "last_name"
        case fullName = "full_name"
        case email
        case mobilePhone = "mobile_phone"
        case secondaryPhone = "secondary_phone"
        case gender, title
        case birthDay = "birth_day"
        case birthMonth = "birth_month"
        case birthYear = "birth_year"
        case company, occupation, currency
        case avatarURL = "avatar_url"
        case regionID = "region_id"
        case joinedLocationID = "joined_location_id"
        case preferredLocationID = "preferred_location_id"
        case tierHandle = "tier_handle"
        case joinedAt = "joined_at"
        case rewardBalance = "reward_balance"
        case pointBalance = "point_balance"
        case tags, identities, attributes
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(ProfileID.self, forKey: .id)
        profileType = try c.decodeIfPresent(ProfileType.self, forKey: .profileType)
        firstName = try c.decodeLenientString(.firstName)
        lastName = try c.decodeLenientString(.lastName)
        fullName = try c.decodeLenientString(.fullName)
        email = try c.decodeLenientString(.email)
        mobilePhone = try c.decodeLenientString(.mobilePhone)
        secondaryPhone = try c.decodeLenientString(.secondaryPhone)
        gender = try c.decodeIfPresent(Gender.self, forKey: .gender)
        title = try c.decodeLenientString(.title)
        birthDay = try c.decodeLenientInt(.birthDay)
        birthMonth = try c.decodeLenientInt(.birthMonth)
        birthYear = try c.decodeLenientInt(.birthYear)
        company = try c.decodeLenientString(.company)
        occupation = try c.decodeLenientString(.occupation)
        currency = try c.decodeLenientString(.currency)
        avatarURL = try c.decodeLenientString(.avatarURL)
        regionID = try c.decodeLenientInt(.regionID)
        joinedLocationID = try c.decodeLenientInt(.joinedLocationID)
        preferredLocationID = try c.decodeLenientInt(.preferredLocationID)
        tierHandle = try c.decodeLenientString(.tierHandle)
        joinedAt = try c.decodeLenientString(.joinedAt)
        rewardBalance = try c.decodeLenientDouble(.rewardBalance)
        pointBalance = try c.decodeLenientDouble(.pointBalance)
        tags = try c.decodeLenientStrings(.tags)
        identities = try c.decodeArray(Identity.self, .identities)
        attributes = try c.decodeIfPresent(ProfileAttributes.self, forKey: .attributes) ?? ProfileAttributes(comms: Comms())
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }

    public func encode(to encoder: any Encoder) throws {
        // Omneo writes every field, `null` included.
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(profileType, forKey: .profileType)
        try c.encode(firstName, forKey: .firstName)
        try c.encode(lastName, forKey: .lastName)
        try c.encode(fullName, forKey: .fullName)
        try c.encode(email, forKey: .email)
        try c.encode(mobilePhone, forKey: .mobilePhone)
        try c.encode(secondaryPhone, forKey: .secondaryPhone)
        try c.encode(gender, forKey: .gender)
        try c.encode(title, forKey: .title)
        try c.encode(birthDay, forKey: .birthDay)
        try c.encode(birthMonth, forKey: .birthMonth)
        try c.encode(birthYear, forKey: .birthYear)
        try c.encode(company, forKey: .company)
        try c.encode(occupation, forKey: .occupation)
        try c.encode(currency, forKey: .currency)
        try c.encode(avatarURL, forKey: .avatarURL)
        try c.encode(regionID, forKey: .regionID)
        try c.encode(joinedLocationID, forKey: .joinedLocationID)
        try c.encode(preferredLocationID, forKey: .preferredLocationID)
        try c.encode(tierHandle, forKey: .tierHandle)
        try c.encode(joinedAt, forKey: .joinedAt)
        try c.encode(rewardBalance, forKey: .rewardBalance)
        try c.encode(pointBalance, forKey: .pointBalance)
        try c.encode(tags, forKey: .tags)
        try c.encode(identities, forKey: .identities)
        try c.encode(attributes, forKey: .attributes)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
    }
}
