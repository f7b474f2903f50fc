/// A reservation of a list item (a guest promising to buy a gift-registry item), as
/// `GET /profiles/me/reservations` lists them.
///
/// Shape from `omneo-sdk` `src/types/list.ts` (`ListItemReservation`). Decoding is lenient;
/// the reserving `profile` is kept as a full ``Profile`` when present.
public struct ListItemReservation: Codable, Sendable, Equatable {
    public var id: Int
    public var profile: Profile?
    public var externalProfileID: String?
    public var productListItemID: Int?
    /// The reserved item (without its own reservations).
    public var productListItem: ListItem?
    public var productListID: Int?
    public var quantity: Int
    public var timezone: String?
    public var expiresAt: String?
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        id: Int, profile: Profile?, externalProfileID: String? = nil, productListItemID: Int?,
        productListItem: ListItem?, productListID: Int?, quantity: Int, timezone: String? = nil,
        expiresAt: String? = nil, createdAt: String? = nil, updatedAt: String? = nil
    ) {
        self.id = id
        self.profile = profile
        self.externalProfileID = externalProfileID
        self.productListItemID = productListItemID
        self.productListItem = productListItem
        self.productListID = productListID
        self.quantity = quantity
        self.timezone = timezone
        self.expiresAt = expiresAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, profile
        case externalProfileID = "external_profile_id"
        case productListItemID = "product_list_item_id"
        case productListItem = "product_list_item"
        case productListID = "product_list_id"
        case quantity, timezone
        case expiresAt = "expires_at"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id) ?? 0
        profile = try c.decodeIfPresent(Profile.self, forKey: .profile)
        externalProfileID = try c.decodeLenientString(.externalProfileID)
        productListItemID = try c.decodeLenientInt(.productListItemID)
        productListItem = try c.decodeIfPresent(ListItem.self, forKey: .productListItem)
        productListID = try c.decodeLenientInt(.productListID)
        quantity = try c.decodeLenientInt(.quantity) ?? 1
        timezone = try c.decodeLenientString(.timezone)
        expiresAt = try c.decodeLenientString(.expiresAt)
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(profile, forKey: .profile)
        try c.encode(externalProfileID, forKey: .externalProfileID)
        try c.encode(productListItemID, forKey: .productListItemID)
        try c.encode(productListItem, forKey: .productListItem)
        try c.encode(productListID, forKey: .productListID)
        try c.encode(quantity, forKey: .quantity)
        try c.encode(timezone, forKey: .timezone)
        try c.encode(expiresAt, forKey: .expiresAt)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
    }
}
