import OmneoModels

/// Items for products the shopper describes, as `omneo-sdk`
/// `src/id/resources/profile/lists/items` `custom()` adds them.
extension OmneoIDClient.Me {
    /// Adds an item for a product the shopper describes (`POST /profiles/me/lists/{list}/custom`).
    @discardableResult
    public func addCustomItem(_ fields: CustomListItemFields, to list: ListKey) async throws -> ListItem {
        try await client.data(
            ListItem.self, .post, path("lists", list.segment, "custom"), body: JSONCoding.body(fields))
    }
}
