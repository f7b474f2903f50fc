import Hummingbird
import OmneoHTTP

/// `/profiles/{id}/addresses[/{address}]`.
struct AddressRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("profiles/:profile/addresses", use: index)
        group.post("profiles/:profile/addresses", use: create)
        group.get("profiles/:profile/addresses/:address", use: show)
        group.put("profiles/:profile/addresses/:address", use: update)
        group.delete("profiles/:profile/addresses/:address", use: delete)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try context.profileID()
        _ = try await store.profile(id: profileID).orNotFound()
        let parameters = try request.queryParameters()
        let query = try ListQuery.parse(parameters, schema: .pagingOnly)
        let page = try await store.addresses(profileID: profileID, page: query.page)
        return Respond.page(
            page.items.map(Resources.address), total: page.total, page: query.page, request: request,
            parameters: parameters)
    }

    @Sendable func create(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try context.profileID()
        _ = try await store.profile(id: profileID).orNotFound()
        let input = try AddressInput.read(try await request.jsonObject(), mode: .create)
        let now = Timestamp.now()
        var record = AddressRecord(profileID: profileID, createdAt: now, updatedAt: now)
        input.apply(to: &record)
        return Respond.created(Resources.address(try await store.insertAddress(record)))
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let address = try await store.address(profileID: try context.profileID(), id: try context.integer("address"))
        return Respond.data(Resources.address(try address.orNotFound()))
    }

    @Sendable func update(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try context.profileID()
        let id = try context.integer("address")
        _ = try await store.address(profileID: profileID, id: id).orNotFound()
        let input = try AddressInput.read(try await request.jsonObject(), mode: .update)
        let now = Timestamp.now()
        let address = try await store.updateAddress(profileID: profileID, id: id) { record in
            input.apply(to: &record)
            record.updatedAt = now
        }
        return Respond.data(Resources.address(try address.orNotFound()))
    }

    @Sendable func delete(_ request: Request, context: BasicRequestContext) async throws -> Response {
        try await store.deleteAddress(profileID: try context.profileID(), id: try context.integer("address"))
            .orNotFound()
        return Respond.noContent()
    }
}
