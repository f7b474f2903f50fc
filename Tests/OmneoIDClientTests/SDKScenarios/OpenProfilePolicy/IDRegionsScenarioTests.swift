import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// Omneo's own ID scenarios for a profile's regions (`omneo/omneo-sdk`
/// `src/tests/integration/id/profile/regions/*.test.ts`), one test per file: a region created
/// through the sandbox's admin API (`POST /regions`), the ID calls through the gateway. Adding,
/// changing and removing a profile's region are writes the default profile policy refuses:
/// they run with `OMNEO_ID_PROFILE_POLICY=open`.
@Suite struct IDRegionsScenarioTests {
    let profileID = SandboxSeed.magentoProfileID

    func createRegion(_ live: LiveGateway, _ handle: String) async throws -> Region {
        let response = try await live.sandbox.request(
            .POST, "/regions", json: #"{"name":"sdk_unit_test_id_name_\#(handle)","handle":"\#(handle)"}"#)
        #expect(response.status == 201)
        return try response.decode(DataEnvelope<Region>.self).data
    }

    func join(_ live: LiveGateway, _ region: Region) async throws {
        let response = try await live.sandbox.request(
            .POST, "/profiles/\(profileID)/regions", json: #"{"region_id":\#(region.id),"country":"USA","state":"NY"}"#)
        #expect(response.status == 201)
    }

    /// `id-create-profile-region.test.ts`
    @Test func idCreateProfileRegion() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let (client, _) = live.appClient(for: profileID)
            let created = try await createRegion(live, "sdk_unit_test_id_handle_create")
            let regions = try await client.me.addRegion(ProfileRegionFields(regionID: created.id, country: "USA", state: "NY"))
            #expect(regions.count > 0)
            let region = regions.first { $0.id == created.id }
            #expect(region?.country == "USA")
            #expect(region?.state == "NY")
        }
    }

    /// `id-list-profile-regions.test.ts`
    @Test func idListProfileRegions() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let (client, _) = live.appClient(for: profileID)
            let created = try await createRegion(live, "sdk_unit_test_id_handle_list")
            try await join(live, created)
            let regions = try await client.me.regions()
            #expect(regions.count > 0)
            let region = regions.first { $0.id == created.id }
            #expect(region?.country == "USA")
            #expect(region?.state == "NY")
        }
    }

    /// `id-update-profile-region.test.ts`
    @Test func idUpdateProfileRegion() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let (client, _) = live.appClient(for: profileID)
            let created = try await createRegion(live, "sdk_unit_test_id_handle_update")
            try await join(live, created)
            let regions = try await client.me.updateRegion(
                created.id, ProfileRegionFields(regionID: created.id, country: "AU", state: "VIC"))
            #expect(regions.count > 0)
            let region = regions.first { $0.id == created.id }
            #expect(region?.country == "AU")
            #expect(region?.state == "VIC")
        }
    }

    /// `id-delete-profile-region.test.ts`: the delete answers 204.
    @Test func idDeleteProfileRegion() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let (client, _) = live.appClient(for: profileID)
            let created = try await createRegion(live, "sdk_unit_test_id_handle_delete")
            try await join(live, created)
            let response = try await client.me.send(method: .delete, path: "regions/\(created.id)")
            #expect(response.status == 204)
            #expect(try await client.me.regions().contains { $0.id == created.id } == false)
        }
    }
}
