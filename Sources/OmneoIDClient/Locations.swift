import Foundation
import OmneoModels

extension OmneoIDClient {
    /// The retailer's stores and other locations (`/locations`).
    public struct Locations: Sendable {
        let client: OmneoIDClient

        /// One page of locations matching `query`, with the page's position in `meta`.
        public func list(_ query: LocationQuery = LocationQuery()) async throws -> PageEnvelope<Location> {
            try await client.page(Location.self, try RequestPath("locations"), query: query.items)
        }

        /// The location with id `id`.
        public func get(_ id: Int) async throws -> Location {
            try await client.data(Location.self, .get, try RequestPath("locations", String(id)))
        }
    }
}

/// Filters, sort and paging for ``OmneoIDClient/Locations/list(_:)``.
///
/// ```swift
/// LocationQuery(isPublished: true, sort: [.ascending("name")], page: 2, pageSize: 10)
/// // filter[is_published]=1&sort=name&page[number]=2&page[size]=10
/// ```
public struct LocationQuery: Sendable, Hashable {
    /// `filter[is_published]`.
    public var isPublished: Bool?
    /// `filter[is_permanently_closed]`.
    public var isPermanentlyClosed: Bool?
    /// `filter[type]`, e.g. `store`.
    public var type: String?
    /// `filter[handle]`.
    public var handle: String?
    /// `filter[name]` (Omneo matches part of the name).
    public var name: String?
    /// Other `filter[field]=value` pairs.
    public var filters: [String: String]
    /// `sort=name,-created_at`.
    public var sort: [SortKey]
    /// `page[number]`, from 1.
    public var page: Int?
    /// `page[size]`.
    public var pageSize: Int?

    public init(
        isPublished: Bool? = nil, isPermanentlyClosed: Bool? = nil, type: String? = nil, handle: String? = nil,
        name: String? = nil, filters: [String: String] = [:], sort: [SortKey] = [], page: Int? = nil,
        pageSize: Int? = nil
    ) {
        self.isPublished = isPublished
        self.isPermanentlyClosed = isPermanentlyClosed
        self.type = type
        self.handle = handle
        self.name = name
        self.filters = filters
        self.sort = sort
        self.page = page
        self.pageSize = pageSize
    }

    /// The query items, in a stable order.
    public var items: [URLQueryItem] {
        var filters = self.filters
        if let isPublished { filters["is_published"] = isPublished ? "1" : "0" }
        if let isPermanentlyClosed { filters["is_permanently_closed"] = isPermanentlyClosed ? "1" : "0" }
        if let type { filters["type"] = type }
        if let handle { filters["handle"] = handle }
        if let name { filters["name"] = name }
        var items = filters.keys.sorted().map { URLQueryItem(name: "filter[\($0)]", value: filters[$0]) }
        if !sort.isEmpty { items.append(URLQueryItem(name: "sort", value: sort.map(\.description).joined(separator: ","))) }
        return items + pagingQuery(page: page, pageSize: pageSize)
    }
}

/// One sort field: `name` (ascending) or `-name` (descending).
public struct SortKey: Sendable, Hashable, CustomStringConvertible {
    public var field: String
    public var descending: Bool

    public init(_ field: String, descending: Bool = false) {
        self.field = field
        self.descending = descending
    }

    public static func ascending(_ field: String) -> SortKey { SortKey(field) }
    public static func descending(_ field: String) -> SortKey { SortKey(field, descending: true) }

    public var description: String { (descending ? "-" : "") + field }
}

extension PageEnvelope {
    /// The next page's number, `nil` on the last page.
    public var nextPage: Int? {
        meta.currentPage < meta.lastPage ? meta.currentPage + 1 : nil
    }
}
