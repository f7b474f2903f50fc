import Foundation
import OmneoModels

extension OmneoIDClient.Me {
    /// A page of the profile's redemptions, the latest first, each with its items
    /// (`GET /profiles/me/redemptions`).
    public func redemptions(page: Int? = nil, pageSize: Int? = nil) async throws -> PageEnvelope<Redemption> {
        try await client.page(Redemption.self, path("redemptions"), query: pagingQuery(page: page, pageSize: pageSize))
    }

    /// One of the profile's redemptions (`GET /profiles/me/redemptions/{id}`).
    public func redemption(_ id: Int) async throws -> Redemption {
        try await client.data(Redemption.self, .get, path("redemptions", String(id)))
    }

    /// How many of the profile's redemptions redeemed the `type` (`benefit`, `reward`,
    /// `point`, `credit`) with this id (`GET /profiles/me/redemptions/{type}/{id}/count`).
    public func redemptionCount(type: String, id: Int) async throws -> Int {
        try await client.data(RedemptionCount.self, .get, path("redemptions", type, String(id), "count")).count
    }
}
