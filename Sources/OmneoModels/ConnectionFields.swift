/// What a profile may change of one of its connections (`PUT /profiles/me/connections/{id}`,
/// `omneo-sdk` `RequestUpdateConnection`): only the fields set are sent. Accepting, rejecting
/// or breaking a connection is a change of ``status``.
public struct ConnectionFields: Codable, Sendable, Equatable {
    public var status: ConnectionStatus?
    public var name: String?
    public var description: String?
    public var notes: String?
    public var sortOrder: Int?
    public var isArchived: Bool?
    public var isPrimary: Bool?
    public var meta: [String: JSONValue]?

    public init(
        status: ConnectionStatus? = nil, name: String? = nil, description: String? = nil, notes: String? = nil,
        sortOrder: Int? = nil, isArchived: Bool? = nil, isPrimary: Bool? = nil, meta: [String: JSONValue]? = nil
    ) {
        self.status = status
        self.name = name
        self.description = description
        self.notes = notes
        self.sortOrder = sortOrder
        self.isArchived = isArchived
        self.isPrimary = isPrimary
        self.meta = meta
    }

    enum CodingKeys: String, CodingKey {
        case status, name, description, notes
        case sortOrder = "sort_order"
        case isArchived = "is_archived"
        case isPrimary = "is_primary"
        case meta
    }
}
