import OmneoModels

/// The shopper's reservations of list items, as `omneo-sdk`
/// `src/id/resources/profile/lists/reservations` lists them.
extension OmneoIDClient.Me {
    /// The reservations the shopper made, the latest first (`GET /profiles/me/reservations`).
    public func reservations(page: Int? = nil, pageSize: Int? = nil) async throws -> [ListItemReservation] {
        try await client.data(
            [ListItemReservation].self, .get, path("reservations"), query: pagingQuery(page: page, pageSize: pageSize))
    }
}
