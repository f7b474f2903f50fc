import Hummingbird
import OmneoHTTP

/// `/profiles/{id}/regions[/{region}]`, as `omneo-sdk` `src/id/resources/profile/regions`
/// calls it: GET, POST and PUT answer the profile's regions (`{"data": [...]}`, each a region
/// with the profile's `country`, `state`, `is_active`); `{region}` is the region's id; DELETE → 204.
struct ProfileRegionRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("profiles/:profile/regions", use: index)
        group.post("profiles/:profile/regions", use: create)
        group.put("profiles/:profile/regions/:region", use: update)
        group.delete("profiles/:profile/regions/:region", use: delete)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try context.profileID()
        _ = try await store.profile(id: profileID).orNotFound()
        return Respond.data(try await Resources.profileRegions(of: profileID, store: store))
    }

    @Sendable func create(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try context.profileID()
        _ = try await store.profile(id: profileID).orNotFound()
        let input = try ProfileRegionInput.read(try await request.jsonObject(), mode: .create)
        guard let regionID = input.regionID, try await store.region(id: regionID) != nil else {
            throw OmneoHTTPError.invalid(["region_id": ["The selected region id is invalid."]])
        }
        let now = Timestamp.now()
        var record = ProfileRegionRecord(profileID: profileID, regionID: regionID, createdAt: now, updatedAt: now)
        input.apply(to: &record)
        _ = try await rejectingDuplicates { try await store.insertProfileRegion(record) }
        return Respond.created(try await Resources.profileRegions(of: profileID, store: store))
    }

    @Sendable func update(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try context.profileID()
        let regionID = try context.integer("region")
        let input = try ProfileRegionInput.read(try await request.jsonObject(), mode: .update)
        let now = Timestamp.now()
        _ = try await store.updateProfileRegion(profileID: profileID, regionID: regionID) { record in
            input.apply(to: &record)
            record.updatedAt = now
        }.orNotFound()
        return Respond.data(try await Resources.profileRegions(of: profileID, store: store))
    }

    @Sendable func delete(_ request: Request, context: BasicRequestContext) async throws -> Response {
        try await store.deleteProfileRegion(profileID: try context.profileID(), regionID: try context.integer("region"))
            .orNotFound()
        return Respond.noContent()
    }
}
