/// A row of `list_item_reservations`: part of an item's quantity reserved by a profile (or by
/// someone outside Omneo, `external_profile_id`); `omneo-sdk` `src/types/list.ts`,
/// `ListItemReservation`.
public struct ListReservationRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var listItemID: Int
    public var listID: Int
    public var profileID: String?
    public var externalProfileID: String?
    public var quantity: Int
    public var timezone: String?
    public var expiresAt: String?
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: Int? = nil, listItemID: Int, listID: Int, profileID: String?, quantity: Int, createdAt: String,
        updatedAt: String
    ) {
        self.id = id
        self.listItemID = listItemID
        self.listID = listID
        self.profileID = profileID
        self.quantity = quantity
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public enum CodingKeys: String, CodingKey {
        case id
        case listItemID = "list_item_id"
        case listID = "list_id"
        case profileID = "profile_id"
        case externalProfileID = "external_profile_id"
        case quantity, timezone
        case expiresAt = "expires_at"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
