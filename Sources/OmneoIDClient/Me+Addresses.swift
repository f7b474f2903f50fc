import OmneoModels

extension OmneoIDClient.Me {
    /// A page of the profile's addresses.
    public func addresses(page: Int? = nil, pageSize: Int? = nil) async throws -> PageEnvelope<Address> {
        try await client.page(Address.self, path("addresses"), query: pagingQuery(page: page, pageSize: pageSize))
    }

    /// One address.
    public func address(_ id: Int) async throws -> Address {
        try await client.data(Address.self, .get, path("addresses", String(id)))
    }

    /// Adds an address (`addressLine1`, `city` and `country` required).
    @discardableResult
    public func createAddress(_ fields: AddressFields) async throws -> Address {
        try await client.data(Address.self, .post, path("addresses"), body: JSONCoding.body(fields))
    }

    /// Changes the fields set in `fields`.
    @discardableResult
    public func updateAddress(_ id: Int, _ fields: AddressFields) async throws -> Address {
        try await client.data(Address.self, .put, path("addresses", String(id)), body: JSONCoding.body(fields))
    }

    /// Removes an address.
    public func deleteAddress(_ id: Int) async throws {
        _ = try await client.send(.delete, path("addresses", String(id)))
    }
}
