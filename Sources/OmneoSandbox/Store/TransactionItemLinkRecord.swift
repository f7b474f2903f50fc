/// A row of `transaction_item_list_items`: a transaction line linked to one of the profile's
/// list items (a gift registry entry bought, a wishlist entry fulfilled); deleted with either.
public struct TransactionItemLinkRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var transactionItemID: Int
    public var listItemID: Int
    public var createdAt: String
    public var updatedAt: String

    public init(id: Int? = nil, transactionItemID: Int, listItemID: Int, createdAt: String, updatedAt: String) {
        self.id = id
        self.transactionItemID = transactionItemID
        self.listItemID = listItemID
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public enum CodingKeys: String, CodingKey {
        case id
        case transactionItemID = "transaction_item_id"
        case listItemID = "list_item_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
