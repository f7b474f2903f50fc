import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// Omneo's own ID scenarios for achievements (`omneo/omneo-sdk`
/// `src/id/resources/profile/achievements/tests/*.test.ts`), one test per file: an achievement
/// definition with one level (spend 100) created through the sandbox's admin API
/// (`POST /achievements/definitions`), points towards it through the admin API
/// (`POST /profiles/{id}/achievements`) or the gateway, then the SDK's ID call and assertions.
/// Creating points through the gateway is a write the default profile policy refuses: that
/// scenario runs with `OMNEO_ID_PROFILE_POLICY=open`, and the default policy's 403 is checked.
@Suite struct IDAchievementsScenarioTests {
    let profileID = SandboxSeed.magentoProfileID
    static let meta: [String: JSONValue] = ["manual": .bool(true), "user": .string("admin@omneo.io")]

    /// The SDK's definition payload; its id and handle and name.
    func createDefinition(_ live: LiveGateway, suffix: String) async throws -> (id: Int, handle: String, name: String) {
        let handle = "sdk_unit_test_id_profile_achievement_\(suffix)_handle"
        let name = "sdk_unit_test_id_profile_achievement_\(suffix)_name"
        let body = """
            {"name":"\(name)","handle":"\(handle)","description":"Tracks spend for SDK ID profile achievement tests",
             "is_published":true,"display_level":true,"display_option":"visible",
             "short_description":"SDK ID Achievement","levels":[{"name":"Spend 100","display_number":1,
             "trigger":100,"repeats":false,"allow_multiple_earn":true}]}
            """
        let created = try await live.sandbox.request(.POST, "/achievements/definitions", json: body)
        #expect(created.status == 201, "\(created.text)")
        return (try created.decode(DataEnvelope<AchievementDefinition>.self).data.id, handle, name)
    }

    func addPointsThroughAdmin(_ live: LiveGateway, definitionID: Int, count: Double) async throws {
        let body = String(
            decoding: try JSONEncoder().encode(
                ["definition_id": JSONValue.number(Double(definitionID)), "count": .number(count), "meta": .object(Self.meta)]),
            as: UTF8.self)
        let created = try await live.sandbox.request(.POST, "/profiles/\(profileID)/achievements", json: body)
        #expect(created.status == 201, "\(created.text)")
    }

    /// `id-create-profile-achievement.test.ts`
    @Test func idCreateProfileAchievement() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let (client, _) = live.appClient(for: profileID)
            let definition = try await createDefinition(live, suffix: "create")
            let point = try await client.me.addAchievementPoints(
                AchievementPointFields(definitionID: definition.id, count: 150, meta: Self.meta))
            #expect(point.id > 0)
            #expect(point.profileID == profileID)
            #expect(point.count == 150)
            #expect(point.meta == .object(Self.meta))
            #expect(try await live.sandbox.request(.DELETE, "/achievements/definitions/\(definition.id)").status == 204)
        }
    }

    /// `id-get-profile-achievement-points.test.ts`
    @Test func idGetProfileAchievementPoints() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            let definition = try await createDefinition(live, suffix: "points")
            try await addPointsThroughAdmin(live, definitionID: definition.id, count: 200)
            let raw = try await client.me.send(method: .get, path: "achievements/\(definition.id)/achievement-points")
            let points = try #require((try JSONSerialization.jsonObject(with: raw.body) as? [String: Any])?["data"] as? [[String: Any]])
            #expect(!points.isEmpty)
            let point = try #require(points.first { $0["count"] as? Double == 200 && $0["profile_id"] as? String == profileID })
            #expect((point["meta"] as? [String: Any])?["manual"] as? Bool == true)
            #expect((point["meta"] as? [String: Any])?["user"] as? String == "admin@omneo.io")
            #expect(try await client.me.achievementPoints(definitionID: definition.id).data.map(\.count) == [200])
        }
    }

    /// `id-list-profile-achievements.test.ts`
    @Test func idListProfileAchievements() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            let definition = try await createDefinition(live, suffix: "list")
            try await addPointsThroughAdmin(live, definitionID: definition.id, count: 200)
            let raw = try await client.me.send(method: .get, path: "achievements")
            let list = try #require((try JSONSerialization.jsonObject(with: raw.body) as? [String: Any])?["data"] as? [[String: Any]])
            let target = try #require(list.first { $0["id"] as? Int == definition.id })
            #expect(target["handle"] as? String == definition.handle)
            #expect(target["name"] as? String == definition.name)
            let typed = try await client.me.achievements(pageSize: 100)
            let mine = try #require(typed.data.first { $0.definition.id == definition.id })
            #expect(mine.progress?.currentLevel?.name == "Spend 100")  // 200 points reach the 100 trigger
        }
    }

    /// Under the default policy a shopper reads achievements but may not award itself points.
    @Test func theDefaultPolicyRefusesCreatingAchievementPoints() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            let error = await omneoError {
                _ = try await client.me.addAchievementPoints(AchievementPointFields(definitionID: 1, count: 1_000_000))
            }
            #expect(error?.status == 403)
            let seeded = try await client.me.achievementPoints(definitionID: 1)
            #expect(seeded.data.map(\.count) == [250.0])
        }
    }
}
