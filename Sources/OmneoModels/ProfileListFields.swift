/// The writable fields of a profile list (`POST`/`PUT /profiles/{id}/lists…`).
///
/// `name` is required on create, as Omneo requires it (`omneo-sdk` `src/types/list.ts`,
/// `ListInput`); `handle` (letters, digits, `-`, `_`; not only digits) is derived from the name
/// when not sent. Only the fields that are set are sent.
public struct ProfileListFields: Codable, Sendable, Equatable {
    public var name: String?
    public var handle: String?
    public var description: String?
    public var meta: JSONValue?
    public var sortOrder: Int?
    public var tags: [String]?

    public init(
        handle: String? = nil, name: String? = nil, description: String? = nil, meta: JSONValue? = nil,
        sortOrder: Int? = nil, tags: [String]? = nil
    ) {
        self.name = name
        self.handle = handle
        self.description = description
        self.meta = meta
        self.sortOrder = sortOrder
        self.tags = tags
    }

    enum CodingKeys: String, CodingKey {
        case name, handle, description, meta
        case sortOrder = "sort_order"
        case tags
    }
}
