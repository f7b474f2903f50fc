import Hummingbird
import OmneoHTTP

/// `/profiles/{id}/lists/{list}/items[/{item}]`: items of a list of that profile only.
struct ListItemRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("profiles/:profile/lists/:list/items", use: index)
        group.post("profiles/:profile/lists/:list/items", use: create)
        group.get("profiles/:profile/lists/:list/items/:item", use: show)
        group.put("profiles/:profile/lists/:list/items/:item", use: update)
        group.delete("profiles/:profile/lists/:list/items/:item", use: delete)
    }

    /// The id of the list the path names, which must belong to the profile the path names.
    private func listID(_ context: BasicRequestContext) async throws -> Int {
        try await Self.listID(context, store: store)
    }

    /// The list the path (`:profile`, `:list`) names; 404 when the profile has no such list.
    static func list(_ context: BasicRequestContext, store: any SandboxStore) async throws -> ListRecord {
        try await store.list(profileID: try context.profileID(), try context.resourceKey("list")).orNotFound()
    }

    /// The id of ``list(_:store:)``.
    static func listID(_ context: BasicRequestContext, store: any SandboxStore) async throws -> Int {
        try (try await list(context, store: store).id).orNotFound()
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let listID = try await listID(context)
        let parameters = try request.queryParameters()
        let query = try ListQuery.parse(parameters, schema: .pagingOnly)
        let page = try await store.items(listID: listID, page: query.page)
        return Respond.page(
            page.items.map(Resources.item), total: page.total, page: query.page, request: request,
            parameters: parameters)
    }

    @Sendable func create(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let listID = try await listID(context)
        let input = try ListItemInput.read(try await request.jsonObject(), mode: .create)
        let now = Timestamp.now()
        var record = ListItemRecord(listID: listID, createdAt: now, updatedAt: now)
        input.apply(to: &record)
        return Respond.created(Resources.item(try await store.insertItem(record)))
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let item = try await store.item(listID: try await listID(context), id: try context.integer("item"))
        return Respond.data(Resources.item(try item.orNotFound()))
    }

    @Sendable func update(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let listID = try await listID(context)
        let itemID = try context.integer("item")
        _ = try await store.item(listID: listID, id: itemID).orNotFound()
        let input = try ListItemInput.read(try await request.jsonObject(), mode: .update)
        let now = Timestamp.now()
        let item = try await store.updateItem(listID: listID, id: itemID) { record in
            input.apply(to: &record)
            record.updatedAt = now
        }
        return Respond.data(Resources.item(try item.orNotFound()))
    }

    @Sendable func delete(_ request: Request, context: BasicRequestContext) async throws -> Response {
        try await store.deleteItem(listID: try await listID(context), id: try context.integer("item")).orNotFound()
        return Respond.noContent()
    }
}
