import Foundation
import OmneoModels

extension OmneoIDClient.Me {
    /// Which side of its connections the profile is on.
    public enum ConnectionSide: String, Sendable {
        /// Connections the profile made.
        case connector
        /// Connections made to the profile.
        case connected
    }

    /// A page of the profile's connections, both sides unless `side` is given
    /// (`GET /profiles/me/connections`).
    public func connections(side: ConnectionSide? = nil, page: Int? = nil, pageSize: Int? = nil) async throws
        -> PageEnvelope<Connection>
    {
        var query = pagingQuery(page: page, pageSize: pageSize)
        if let side { query.append(URLQueryItem(name: "type", value: side.rawValue)) }
        return try await client.page(Connection.self, path("connections"), query: query)
    }

    /// Changes one of the profile's connections, e.g. accepts it
    /// (`PUT /profiles/me/connections/{id}`; a write the default profile policy refuses).
    @discardableResult
    public func updateConnection(_ id: Int, _ fields: ConnectionFields) async throws -> Connection {
        try await client.data(Connection.self, .put, path("connections", String(id)), body: JSONCoding.body(fields))
    }

    /// What an accepted connection shares of the other profile
    /// (`GET /profiles/me/connections/{id}/profileInfo`).
    public func connectedProfile(_ id: Int) async throws -> ConnectionProfile {
        try await client.data(ConnectionProfile.self, .get, path("connections", String(id), "profileInfo"))
    }
}
