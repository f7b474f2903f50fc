import Foundation
import OmneoModels

extension OmneoIDClient.Me {
    /// A page of the profile's interactions, the latest first; `channel` and `action` keep
    /// only those (`GET /profiles/me/interactions`).
    public func interactions(
        channel: InteractionChannel? = nil, action: InteractionAction? = nil, page: Int? = nil, pageSize: Int? = nil
    ) async throws -> PageEnvelope<Interaction> {
        var query = pagingQuery(page: page, pageSize: pageSize)
        if let channel { query.append(URLQueryItem(name: "filter[channel]", value: channel.rawValue)) }
        if let action { query.append(URLQueryItem(name: "filter[action]", value: action.rawValue)) }
        return try await client.page(Interaction.self, path("interactions"), query: query)
    }

    /// One of the profile's interactions (`GET /profiles/me/interactions/{id}`).
    public func interaction(_ id: Int) async throws -> Interaction {
        try await client.data(Interaction.self, .get, path("interactions", String(id)))
    }

    /// Deletes one of the profile's interactions (`DELETE /profiles/me/interactions/{id}`; a
    /// write the default profile policy refuses).
    public func deleteInteraction(_ id: Int) async throws {
        _ = try await client.send(.delete, path("interactions", String(id)))
    }
}
