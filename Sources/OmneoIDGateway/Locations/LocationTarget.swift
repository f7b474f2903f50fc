import OmneoHTTP

/// Where a `/locations[/{id}]` request goes upstream, and its cache key; the rules both the
/// route and the data plane apply.
struct LocationTarget: Equatable {
    /// `/locations` or `/locations/{id}`.
    let path: UpstreamPath
    /// The raw query, made URL-safe (`UpstreamQuery.encode`).
    let query: String?

    /// 400 for a query parameter not on `LocationQuery`'s list, 404 for a deeper path.
    init(_ target: RequestTarget) throws(OmneoHTTPError) {
        if let query = target.query { try LocationQuery.validate(query) }
        guard let rest = target.segments(after: ["id", "api", "v1", "locations"]), rest.count <= 1 else {
            throw OmneoHTTPError.notFound
        }
        self.path = UpstreamPath("/locations").appending(rest)
        self.query = target.query.map(UpstreamQuery.encode)
    }

    /// The exact upstream target, so raw and percent-encoded brackets share an entry.
    var cacheKey: String { query.map { path.encoded + "?" + $0 } ?? path.encoded }
}
