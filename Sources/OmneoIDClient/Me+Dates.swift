import OmneoModels

extension OmneoIDClient.Me {
    /// Every date of the profile (`GET /profiles/me/attributes/dates`).
    public func dates() async throws -> [ProfileDate] {
        try await client.data([ProfileDate].self, .get, path("attributes", "dates"))
    }

    /// Creates the date named by `fields.handle`, or updates it if the profile has one.
    @discardableResult
    public func updateDate(_ fields: ProfileDateFields) async throws -> ProfileDate {
        try await client.data(ProfileDate.self, .put, path("attributes", "dates"), body: JSONCoding.body(fields))
    }

    /// Removes a date; returns the dates that remain.
    @discardableResult
    public func deleteDate(_ id: Int) async throws -> [ProfileDate] {
        try await client.data([ProfileDate].self, .delete, path("attributes", "dates", String(id)))
    }
}
