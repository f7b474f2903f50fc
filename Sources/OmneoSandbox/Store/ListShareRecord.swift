/// A row of `list_shares`: a share link (`handle`, unique) of a list, made by the list's
/// profile (`omneo-sdk` `src/types/lists.ts`, `ProductListShare`).
public struct ListShareRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var listID: Int
    public var profileID: String
    public var handle: String
    public var createdAt: String
    public var updatedAt: String

    public init(id: Int? = nil, listID: Int, profileID: String, handle: String, createdAt: String, updatedAt: String) {
        self.id = id
        self.listID = listID
        self.profileID = profileID
        self.handle = handle
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public enum CodingKeys: String, CodingKey {
        case id
        case listID = "list_id"
        case profileID = "profile_id"
        case handle
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
