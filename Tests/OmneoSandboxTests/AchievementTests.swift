import Foundation
import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

/// Achievements: the admin API `/achievements/definitions` and a profile's
/// `/profiles/{id}/achievements[/{definition}/achievement-points]` (`omneo-sdk`
/// `src/types/achievements.ts`, `src/types/profiles/achievement.ts`,
/// `src/id/resources/profile/achievements`).
@Suite struct AchievementTests {
    let ids = SandboxSeed.profileIDs

    @Test(arguments: SandboxHarness.stores)
    func theSeededAchievementShowsEachProfilesProgress(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let response = try await sandbox.request(.GET, "/profiles/\(ids[0])/achievements")
            #expect(response.status == 200, "\(response.text)")
            let page = try response.decode(PageEnvelope<ProfileAchievement>.self)
            let achievement = try #require(page.data.first)
            #expect(achievement.definition.handle == "big-spender")
            #expect(achievement.definition.levels.map(\.id) == [101, 102, 103])
            let progress = try #require(achievement.progress)
            #expect(progress.currentScore == 250)
            #expect(progress.currentLevel?.name == "Bronze")
            #expect(progress.nextLevel?.name == "Silver")
            #expect(progress.nextLevelRemain == 250)

            // A profile without points has `progress: []`, as Omneo writes it.
            let none = try await sandbox.request(.GET, "/profiles/\(ids[3])/achievements")
            let raw = try #require((try none.object()["data"] as? [[String: Any]])?.first)
            #expect((raw["progress"] as? [Any])?.isEmpty == true)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func aDefinitionIsCreatedEarnedTowardsAndDeleted(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let body = """
                {"name":"Reviewer","handle":"reviewer","is_published":true,"display_level":true,
                 "display_option":"visible","levels":[{"name":"First review","display_number":1,"trigger":1,
                 "repeats":false,"allow_multiple_earn":true}]}
                """
            let created = try await sandbox.request(.POST, "/achievements/definitions", json: body)
            #expect(created.status == 201, "\(created.text)")
            let definition = try created.decode(DataEnvelope<AchievementDefinition>.self).data
            #expect(definition.levels.first?.trigger == 1)
            #expect(try await sandbox.request(.POST, "/achievements/definitions", json: body).status == 422)

            let point = """
                {"definition_id":\(definition.id),"count":2,"meta":{"manual":true,"user":"admin@omneo.io"}}
                """
            let earned = try await sandbox.request(.POST, "/profiles/\(ids[1])/achievements", json: point)
            #expect(earned.status == 201, "\(earned.text)")
            let recorded = try earned.decode(DataEnvelope<AchievementPoint>.self).data
            #expect(recorded.count == 2)
            #expect(recorded.meta == .object(["manual": .bool(true), "user": .string("admin@omneo.io")]))

            let points = try await sandbox.request(
                .GET, "/profiles/\(ids[1])/achievements/\(definition.id)/achievement-points")
            #expect(try points.decode(PageEnvelope<AchievementPoint>.self).data.map(\.id) == [recorded.id])
            let others = try await sandbox.request(
                .GET, "/profiles/\(ids[2])/achievements/\(definition.id)/achievement-points")
            #expect(try others.decode(PageEnvelope<AchievementPoint>.self).data.isEmpty)

            let renamed = try await sandbox.request(
                .PUT, "/achievements/definitions/\(definition.id)", json: #"{"name":"Critic"}"#)
            #expect(try renamed.decode(DataEnvelope<AchievementDefinition>.self).data.name == "Critic")
            #expect(try await sandbox.request(.DELETE, "/achievements/definitions/\(definition.id)").status == 204)
            let gone = try await sandbox.request(
                .GET, "/profiles/\(ids[1])/achievements/\(definition.id)/achievement-points")
            #expect(gone.status == 404)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func invalidAchievementsAre422(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let missing = try await sandbox.request(
                .POST, "/achievements/definitions", json: #"{"levels":[{"trigger":-1}],"display_option":"loud"}"#)
            #expect(missing.status == 422)
            let errors = try #require(try missing.object()["errors"] as? [String: Any])
            for field in ["name", "handle", "display_option", "levels.0.name", "levels.0.display_number", "levels.0.trigger"] {
                #expect(errors[field] != nil, "\(field)")
            }
            let unknown = try await sandbox.request(
                .POST, "/profiles/\(ids[0])/achievements", json: #"{"definition_id":999,"count":1}"#)
            #expect(unknown.status == 422)
            let noCount = try await sandbox.request(.POST, "/profiles/\(ids[0])/achievements", json: #"{"definition_id":1}"#)
            #expect(noCount.status == 422)
        }
    }
}
