import OmneoModels

extension OmneoIDClient.Me {
    /// The wishlist's items (the first `pageSize`); empty when the profile has no wishlist yet.
    public func wishlist(pageSize: Int = 100) async throws -> [ListItem] {
        do {
            return try await items(in: .wishlist, pageSize: pageSize).data
        } catch let error as OmneoIDError where error.status == 404 {
            _ = try await get()  // 404 again when there is no profile (e.g. an anonymous token)
            return []
        }
    }

    /// Adds a product to the wishlist, creating the list first if the profile has none.
    @discardableResult
    public func addToWishlist(_ fields: ListItemFields) async throws -> ListItem {
        do {
            return try await addItem(fields, to: .wishlist)
        } catch let error as OmneoIDError where error.status == 404 {
            do {
                try await createList(ProfileListFields(handle: "wishlist", name: "Wishlist"))
            } catch let error as OmneoIDError where error.status == 422 {
                // Created meanwhile by another call: add to that one.
            }
            return try await addItem(fields, to: .wishlist)
        }
    }

    /// Removes an item from the wishlist.
    public func removeFromWishlist(_ itemID: Int) async throws {
        try await deleteItem(itemID, in: .wishlist)
    }
}
