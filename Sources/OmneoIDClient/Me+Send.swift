import Foundation

extension OmneoIDClient.Me {
    /// Any other call on the profile: `method` on `/profiles/me/{path}`.
    ///
    /// `path` is split on `/` (empty segments dropped); each segment is percent-encoded, and
    /// `.`/`..` segments, `\` and control characters are refused before anything is sent.
    /// Token refresh and errors work as for the typed calls; decode the answer with
    /// ``TransportResponse/data(_:)`` or ``TransportResponse/decode(_:)``.
    ///
    /// ```swift
    /// let answer = try await omneo.me.send(method: .get, path: "lists/wishlist/items", query: ["page[size]": "5"])
    /// ```
    @discardableResult
    public func send(
        method: HTTPMethod, path: String = "", query: [String: String] = [:], body: Data? = nil
    ) async throws -> TransportResponse {
        let items = query.keys.sorted().map { URLQueryItem(name: $0, value: query[$0]) }
        return try await send(method: method, segments: try RequestPath(splitting: path).segments, query: items, body: body)
    }

    /// `send(method:path:query:body:)` with `json` encoded as the JSON body.
    @discardableResult
    public func send(
        method: HTTPMethod, path: String = "", query: [String: String] = [:], json: some Encodable & Sendable
    ) async throws -> TransportResponse {
        try await send(method: method, path: path, query: query, body: JSONCoding.body(json) as Data?)
    }

    /// Any other call on the profile, with the path given as segments (each taken literally,
    /// so `["lists", "a b"]` is `/lists/a%20b`) and query items in order.
    @discardableResult
    public func send(
        method: HTTPMethod, segments: [String], query: [URLQueryItem] = [], body: Data? = nil
    ) async throws -> TransportResponse {
        try await client.send(method, try RequestPath(["profiles", "me"] + segments), query: query, body: body)
    }
}
