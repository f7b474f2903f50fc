/// A row of `interactions`: something a profile did or received. Coordinates are kept as the
/// decimal text Omneo answers; `tags` and `meta` are JSON text.
public struct InteractionRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var profileID: String
    /// The identity it was recorded by (`identifier` on create), if any.
    public var identityID: Int?
    public var action: String
    public var channel: String
    public var signal: Int
    public var name: String
    public var namespace: String
    public var description: String?
    public var url: String?
    public var duration: Int?
    public var latitude: String?
    public var longitude: String?
    public var locationID: Int?
    public var productID: Int?
    public var productVariantID: Int?
    public var productCategoryID: Int?
    public var staffID: String?
    public var interactedID: Int?
    public var interactedType: String?
    public var tags: [String]
    public var meta: String?
    public var interactedAt: String?
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: Int? = nil, profileID: String, action: String, channel: String, signal: Int, name: String,
        namespace: String, createdAt: String, updatedAt: String
    ) {
        self.id = id
        self.profileID = profileID
        self.action = action
        self.channel = channel
        self.signal = signal
        self.name = name
        self.namespace = namespace
        self.tags = []
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public enum CodingKeys: String, CodingKey {
        case id
        case profileID = "profile_id"
        case identityID = "identity_id"
        case action, channel, signal, name, namespace, description, url, duration, latitude, longitude
        case locationID = "location_id"
        case productID = "product_id"
        case productVariantID = "product_variant_id"
        case productCategoryID = "product_category_id"
        case staffID = "staff_id"
        case interactedID = "interacted_id"
        case interactedType = "interacted_type"
        case tags, meta
        case interactedAt = "interacted_at"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
