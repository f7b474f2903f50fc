/// Omneo's single-resource envelope: `{"data": …}`.
public struct DataEnvelope<Resource: Codable & Sendable>: Codable, Sendable {
    public var data: Resource

    public init(data: Resource) {
        self.data = data
    }
}

/// Omneo's (Laravel-style) paginated list envelope: `{"data": [...], "links": {...}, "meta": {...}}`.
public struct PageEnvelope<Resource: Codable & Sendable>: Codable, Sendable {
    public var data: [Resource]
    public var links: PageLinks
    public var meta: PageMeta

    public init(data: [Resource], links: PageLinks, meta: PageMeta) {
        self.data = data
        self.links = links
        self.meta = meta
    }
}

/// Links to neighbouring pages of a list; `nil` where there is no such page.
public struct PageLinks: Codable, Sendable, Equatable {
    public var first: String?
    public var last: String?
    public var prev: String?
    public var next: String?

    public init(first: String?, last: String?, prev: String?, next: String?) {
        self.first = first
        self.last = last
        self.prev = prev
        self.next = next
    }

    public func encode(to encoder: any Encoder) throws {
        // Laravel always writes every key, `null` included.
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(first, forKey: .first)
        try container.encode(last, forKey: .last)
        try container.encode(prev, forKey: .prev)
        try container.encode(next, forKey: .next)
    }
}

/// Position of one page within a list.
public struct PageMeta: Codable, Sendable, Equatable {
    public var currentPage: Int
    /// 1-based index of the first item on this page; `nil` for an empty page.
    public var from: Int?
    public var lastPage: Int
    public var path: String
    public var perPage: Int
    /// 1-based index of the last item on this page; `nil` for an empty page.
    public var to: Int?
    public var total: Int

    public init(currentPage: Int, from: Int?, lastPage: Int, path: String, perPage: Int, to: Int?, total: Int) {
        self.currentPage = currentPage
        self.from = from
        self.lastPage = lastPage
        self.path = path
        self.perPage = perPage
        self.to = to
        self.total = total
    }

    enum CodingKeys: String, CodingKey {
        case currentPage = "current_page"
        case from
        case lastPage = "last_page"
        case path
        case perPage = "per_page"
        case to
        case total
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(currentPage, forKey: .currentPage)
        try container.encode(from, forKey: .from)
        try container.encode(lastPage, forKey: .lastPage)
        try container.encode(path, forKey: .path)
        try container.encode(perPage, forKey: .perPage)
        try container.encode(to, forKey: .to)
        try container.encode(total, forKey: .total)
    }
}
