import OmneoModels

/// Share links of a list, as `omneo-sdk` `src/id/resources/profile/lists/shares` calls them.
extension OmneoIDClient.Me {
    /// Makes a share link for the list (`POST /profiles/me/lists/{list}/shares`).
    @discardableResult
    public func shareList(_ list: ListKey) async throws -> ListShare {
        try await client.data(ListShare.self, .post, path("lists", list.segment, "shares"))
    }

    /// Removes a share link of the list.
    public func deleteListShare(_ id: Int, of list: ListKey) async throws {
        _ = try await client.send(.delete, path("lists", list.segment, "shares", String(id)))
    }
}
