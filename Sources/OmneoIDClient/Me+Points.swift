import OmneoModels

extension OmneoIDClient.Me {
    /// A page of the profile's points, the latest issued first, each with its definition
    /// (`GET /profiles/me/points`).
    public func points(page: Int? = nil, pageSize: Int? = nil) async throws -> PageEnvelope<Point> {
        try await client.page(Point.self, path("points"), query: pagingQuery(page: page, pageSize: pageSize))
    }

    /// One of the profile's points (`GET /profiles/me/points/{id}`).
    public func point(_ id: Int) async throws -> Point {
        try await client.data(Point.self, .get, path("points", String(id)))
    }

    /// The profile's ledger: what each transaction and points issue did to its balances
    /// (`GET /profiles/me/ledgers`).
    public func ledgers() async throws -> [Ledger] {
        try await client.data([Ledger].self, .get, path("ledgers"))
    }

    /// One entry of the profile's ledger (`GET /profiles/me/ledgers/{id}`).
    public func ledger(_ id: Int) async throws -> Ledger {
        try await client.data(Ledger.self, .get, path("ledgers", String(id)))
    }
}
