import Hummingbird
import OmneoHTTP
import OmneoModels

/// A profile's achievements, as `omneo-sdk` `src/id/resources/profile/achievements` calls them:
/// `GET profiles/{id}/achievements` (every published definition with the profile's `progress`,
/// `[]` when it has none; paged), `POST` (achievement points: 201, the point), and
/// `GET …/achievements/{definition}/achievement-points` (the profile's points towards it,
/// paged, the latest issued first; 404 for an unknown definition).
struct ProfileAchievementRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("profiles/:profile/achievements", use: index)
        group.post("profiles/:profile/achievements", use: create)
        group.get("profiles/:profile/achievements/:definition/achievement-points", use: points)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try await store.existingProfileID(context)
        let parameters = try request.queryParameters()
        let page = try ListQuery.parse(parameters, schema: .pagingOnly).page
        var definitions: [AchievementDefinitionRecord] = []
        var next = PageRequest(number: 1, size: PageRequest.maximumSize)
        while true {
            let batch = try await store.achievementDefinitions(page: next)
            definitions += batch.items
            if batch.items.count < next.size { break }
            next.number += 1
        }
        let published = definitions.filter(\.isPublished)
        let points = try await allPoints(profileID: profileID)
        let slice = published.dropFirst(page.offset).prefix(page.size).map {
            Resources.profileAchievement($0, profileID: profileID, points: points)
        }
        return Respond.page(Array(slice), total: published.count, page: page, request: request, parameters: parameters)
    }

    @Sendable func create(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try await store.existingProfileID(context)
        let input = try AchievementPointInput.read(try await request.jsonObject())
        guard try await store.achievementDefinition(id: input.definitionID) != nil else {
            throw OmneoHTTPError.invalid("definition_id", "The selected definition id is invalid.")
        }
        let record = try await store.insertAchievementPoint(input.record(profileID: profileID, now: Timestamp.now()))
        return Respond.created(Resources.achievementPoint(record))
    }

    @Sendable func points(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try await store.existingProfileID(context)
        let definitionID = try context.integer("definition")
        _ = try await store.achievementDefinition(id: definitionID).orNotFound()
        let parameters = try request.queryParameters()
        var query = try ListQuery.parse(parameters, schema: .pagingOnly)
        query.conditions = [
            .equals(column: "profile_id", value: .text(profileID)),
            .equals(column: "definition_id", value: .integer(definitionID)),
        ]
        query.sort = [StoreSort(column: "issued_at", descending: true), StoreSort(column: "id", descending: true)]
        let page = try await store.achievementPoints(query)
        return Respond.page(
            page.items.map(Resources.achievementPoint), total: page.total, page: query.page, request: request,
            parameters: parameters)
    }

    /// Every achievement point of the profile.
    private func allPoints(profileID: String) async throws -> [AchievementPointRecord] {
        var points: [AchievementPointRecord] = []
        var query = StoreQuery(
            conditions: [.equals(column: "profile_id", value: .text(profileID))],
            page: PageRequest(number: 1, size: PageRequest.maximumSize))
        while true {
            let batch = try await store.achievementPoints(query)
            points += batch.items
            if batch.items.count < query.page.size { break }
            query.page.number += 1
        }
        return points
    }
}
