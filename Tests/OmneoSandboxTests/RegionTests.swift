import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

/// `/regions` and `/profiles/{id}/regions` (`omneo-sdk` `src/types/region.ts`).
@Suite struct RegionTests {
    let profile = SandboxSeed.profileIDs[0]
    let other = SandboxSeed.profileIDs[1]

    @Test(arguments: SandboxHarness.stores)
    func seededRegionsAndAProfilesMembership(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let page = try await sandbox.request(.GET, "/regions").decode(PageEnvelope<Region>.self)
            #expect(page.meta.total == 5)
            #expect(page.data.filter(\.isDefault).count == 1)
            #expect(page.data.allSatisfy { $0.countries.count == 1 })
            let mine = try await sandbox.request(.GET, "/profiles/\(profile)/regions").decode(DataEnvelope<[Region]>.self)
            #expect(mine.data.map(\.id) == [1])
            #expect(mine.data.first?.country == "AU")
            #expect(mine.data.first?.state == "VIC")
            #expect(mine.data.first?.isActive == true)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func regionsAndMembershipsAreCreatedUpdatedAndDeleted(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let created = try await sandbox.request(
                .POST, "/regions", json: #"{"name":"Tasmania","handle":"tas","countries":[{"iso_2":"au"}]}"#)
            #expect(created.status == 201)
            let region = try created.decode(DataEnvelope<Region>.self).data
            #expect(region.countries == [.object(["iso_2": .string("AU")])])
            #expect(try await sandbox.request(.POST, "/regions", json: #"{"name":"Again","handle":"tas"}"#).status == 422)

            let joined = try await sandbox.request(
                .POST, "/profiles/\(profile)/regions", json: #"{"region_id":\#(region.id),"country":"USA","state":"NY"}"#)
            #expect(joined.status == 201)
            let regions = try joined.decode(DataEnvelope<[Region]>.self).data
            #expect(regions.first { $0.id == region.id }?.state == "NY")
            #expect(
                try await sandbox.request(
                    .POST, "/profiles/\(profile)/regions", json: #"{"region_id":\#(region.id),"country":"AU","state":"TAS"}"#
                ).status == 422)  // already a member
            #expect(
                try await sandbox.request(
                    .POST, "/profiles/\(profile)/regions", json: #"{"region_id":999,"country":"AU","state":"TAS"}"#
                ).status == 422)

            let moved = try await sandbox.request(
                .PUT, "/profiles/\(profile)/regions/\(region.id)", json: #"{"country":"AU","state":"VIC"}"#)
            #expect(try moved.decode(DataEnvelope<[Region]>.self).data.first { $0.id == region.id }?.state == "VIC")
            #expect(try await sandbox.request(.PUT, "/profiles/\(other)/regions/\(region.id)", json: "{}").status == 404)

            #expect(try await sandbox.request(.DELETE, "/profiles/\(profile)/regions/\(region.id)").status == 204)
            #expect(try await sandbox.request(.DELETE, "/profiles/\(profile)/regions/\(region.id)").status == 404)
            #expect(try await sandbox.request(.DELETE, "/regions/\(region.id)").status == 204)
            #expect(try await sandbox.request(.GET, "/regions/\(region.id)").status == 404)
        }
    }
}
