import Foundation
import OmneoModels

extension OmneoIDClient.Me {
    /// The tenant's published achievements, each with the profile's progress
    /// (`GET /profiles/me/achievements`).
    public func achievements(page: Int? = nil, pageSize: Int? = nil) async throws -> PageEnvelope<ProfileAchievement> {
        try await client.page(ProfileAchievement.self, path("achievements"), query: pagingQuery(page: page, pageSize: pageSize))
    }

    /// The profile's points towards one achievement, the latest first
    /// (`GET /profiles/me/achievements/{definition}/achievement-points`).
    public func achievementPoints(definitionID: Int, page: Int? = nil, pageSize: Int? = nil) async throws
        -> PageEnvelope<AchievementPoint>
    {
        try await client.page(
            AchievementPoint.self, path("achievements", String(definitionID), "achievement-points"),
            query: pagingQuery(page: page, pageSize: pageSize))
    }

    /// Records achievement points for the profile (`POST /profiles/me/achievements`; a write
    /// the default profile policy refuses).
    @discardableResult
    public func addAchievementPoints(_ fields: AchievementPointFields) async throws -> AchievementPoint {
        try await client.data(AchievementPoint.self, .post, path("achievements"), body: JSONCoding.body(fields))
    }
}
