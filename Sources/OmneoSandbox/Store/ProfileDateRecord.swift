/// A row of `profile_dates`: one per profile and handle.
public struct ProfileDateRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var profileID: String
    public var handle: String
    public var name: String?
    public var date: String
    public var type: String?
    public var isRecurring: Bool
    public var recurringSchedule: String?
    public var relationship: String?
    public var description: String?
    public var note: String?
    /// JSON text.
    public var meta: String?
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: Int? = nil, profileID: String, handle: String, date: String, isRecurring: Bool = false,
        createdAt: String, updatedAt: String
    ) {
        self.id = id
        self.profileID = profileID
        self.handle = handle
        self.date = date
        self.isRecurring = isRecurring
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public enum CodingKeys: String, CodingKey {
        case id
        case profileID = "profile_id"
        case handle, name, date, type
        case isRecurring = "is_recurring"
        case recurringSchedule = "recurring_schedule"
        case relationship, description, note, meta
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
