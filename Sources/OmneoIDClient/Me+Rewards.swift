import Foundation
import OmneoModels

extension OmneoIDClient.Me {
    /// A page of the profile's rewards, the latest issued first, each with its definition;
    /// only those of one definition when `definitionID` is given (`GET /profiles/me/rewards`).
    public func rewards(definitionID: Int? = nil, page: Int? = nil, pageSize: Int? = nil) async throws
        -> PageEnvelope<Reward>
    {
        var query = pagingQuery(page: page, pageSize: pageSize)
        if let definitionID {
            query.append(URLQueryItem(name: "filter[reward_definition_id]", value: String(definitionID)))
        }
        return try await client.page(Reward.self, path("rewards"), query: query)
    }

    /// One of the profile's rewards (`GET /profiles/me/rewards/{id}`).
    public func reward(_ id: Int) async throws -> Reward {
        try await client.data(Reward.self, .get, path("rewards", String(id)))
    }
}
