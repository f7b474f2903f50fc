/// A profile's identity in another system, e.g. handle `magento_id`, identifier `1004993MH`.
public struct Identity: Codable, Sendable, Equatable {
    public var id: Int
    public var profileID: ProfileID
    public var handle: String
    public var identifier: String
    public var isPrimary: Bool
    public var isActive: Bool
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: Int, profileID: ProfileID, handle: String, identifier: String, isPrimary: Bool, isActive: Bool,
        createdAt: String, updatedAt: String
    ) {
        self.id = id
        self.profileID = profileID
        self.handle = handle
        self.identifier = identifier
        self.isPrimary = isPrimary
        self.isActive = isActive
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case profileID = "profile_id"
        case handle, identifier
        case isPrimary = "is_primary"
        case isActive = "is_active"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// Lenient: ids and identifiers as numbers or strings, flags as `0`/`1`, `null` timestamps.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id) ?? 0
        profileID = try c.decode(ProfileID.self, forKey: .profileID)
        handle = try c.decodeLenientString(.handle) ?? ""
        identifier = try c.decodeLenientString(.identifier) ?? ""
        isPrimary = try c.decodeLenientBool(.isPrimary) ?? false
        isActive = try c.decodeLenientBool(.isActive) ?? true
        createdAt = try c.decodeLenientString(.createdAt) ?? ""
        updatedAt = try c.decodeLenientString(.updatedAt) ?? ""
    }
}

/// Body of `POST /profiles/search-id`: find a profile by one of its identities.
///
/// `type` is an identity handle (`magento_id`, `shopify`, …) or `profile_id`.
public struct IdentitySearch: Codable, Sendable, Equatable {
    public var type: String
    public var id: String

    public init(type: String, id: String) {
        self.type = type
        self.id = id
    }

    /// The `type` that finds a profile by its own id.
    public static let profileIDType = "profile_id"
}
