import OmneoModels

/// A row of `profiles`. `comms` holds only the flags ever set; the others read as `false`.
public struct ProfileRecord: Codable, Sendable, Equatable {
    public var id: String
    public var firstName: String?
    public var lastName: String?
    /// Setting it also sets ``emailCanonical``, the column the unique index is on.
    public var email: String? {
        didSet { emailCanonical = email.map(ContactRules.canonicalEmail) }
    }
    public private(set) var emailCanonical: String?
    public var mobilePhone: String?
    public var secondaryPhone: String?
    public var gender: String?
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
    public var comms: [String: Bool]
    /// Appearance fields set (`size_shoe` → `9`); `nil` until one is.
    public var appearance: [String: String]?
    /// Reward dollars and loyalty points the seed issues rewards and points for; answers
    /// compute balances from those rows instead (``ProfileBalancesRule``).
    public var rewardBalance: Double?
    public var pointBalance: Double?
    /// `pending`, `temporary`, `active`, `deleted`; `nil` (answered `active`) until set.
    public var profileType: String?
    public var createdAt: String
    public var updatedAt: String

    public init(id: String, email: String? = nil, createdAt: String, updatedAt: String) {
        self.id = id
        self.email = email
        self.emailCanonical = email.map(ContactRules.canonicalEmail)
        self.tags = []
        self.comms = [:]
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public enum CodingKeys: String, CodingKey {
        case id
        case firstName = "first_name"
        case lastName = "last_name"
        case email
        case emailCanonical = "email_canonical"
        case mobilePhone = "mobile_phone"
        case secondaryPhone = "secondary_phone"
        case gender, title
        case birthDay = "birth_day"
        case birthMonth = "birth_month"
        case birthYear = "birth_year"
        case company, occupation
        case regionID = "region_id"
        case joinedLocationID = "joined_location_id"
        case preferredLocationID = "preferred_location_id"
        case tags, comms, appearance
        case rewardBalance = "reward_balance"
        case pointBalance = "point_balance"
        case profileType = "profile_type"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
