import OmneoModels

/// Names one list of a profile: by handle (`"wishlist"`) or by its numeric id.
public enum ListKey: Sendable, Hashable, ExpressibleByStringLiteral {
    case handle(String)
    case id(Int)

    public init(stringLiteral handle: String) {
        self = .handle(handle)
    }

    /// The shopper's wishlist.
    public static let wishlist = ListKey.handle("wishlist")

    var segment: String {
        switch self {
        case .handle(let handle): handle
        case .id(let id): String(id)
        }
    }
}

extension OmneoIDClient.Me {
    /// A page of the profile's lists.
    public func lists(page: Int? = nil, pageSize: Int? = nil) async throws -> PageEnvelope<ProfileList> {
        try await client.page(ProfileList.self, path("lists"), query: pagingQuery(page: page, pageSize: pageSize))
    }

    /// Creates a list (`handle` required).
    @discardableResult
    public func createList(_ fields: ProfileListFields) async throws -> ProfileList {
        try await client.data(ProfileList.self, .post, path("lists"), body: JSONCoding.body(fields))
    }

    /// One list.
    public func list(_ list: ListKey) async throws -> ProfileList {
        try await client.data(ProfileList.self, .get, path("lists", list.segment))
    }

    /// Changes the fields set in `fields`.
    @discardableResult
    public func updateList(_ list: ListKey, _ fields: ProfileListFields) async throws -> ProfileList {
        try await client.data(ProfileList.self, .put, path("lists", list.segment), body: JSONCoding.body(fields))
    }

    /// Removes a list and its items.
    public func deleteList(_ list: ListKey) async throws {
        _ = try await client.send(.delete, path("lists", list.segment))
    }

    /// A page of a list's items.
    public func items(in list: ListKey, page: Int? = nil, pageSize: Int? = nil) async throws -> PageEnvelope<ListItem> {
        try await client.page(
            ListItem.self, path("lists", list.segment, "items"), query: pagingQuery(page: page, pageSize: pageSize))
    }

    /// Adds an item (naming a product by `productID`, `productVariantID` or `sku`).
    @discardableResult
    public func addItem(_ fields: ListItemFields, to list: ListKey) async throws -> ListItem {
        try await client.data(ListItem.self, .post, path("lists", list.segment, "items"), body: JSONCoding.body(fields))
    }

    /// One item.
    public func item(_ id: Int, in list: ListKey) async throws -> ListItem {
        try await client.data(ListItem.self, .get, path("lists", list.segment, "items", String(id)))
    }

    /// Changes the fields set in `fields`.
    @discardableResult
    public func updateItem(_ id: Int, in list: ListKey, _ fields: ListItemFields) async throws -> ListItem {
        try await client.data(
            ListItem.self, .put, path("lists", list.segment, "items", String(id)), body: JSONCoding.body(fields))
    }

    /// Removes an item.
    public func deleteItem(_ id: Int, in list: ListKey) async throws {
        _ = try await client.send(.delete, path("lists", list.segment, "items", String(id)))
    }
}
