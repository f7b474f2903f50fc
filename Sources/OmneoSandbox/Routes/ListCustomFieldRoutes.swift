import Hummingbird
import OmneoHTTP
import OmneoModels

/// `/profiles/{id}/lists/{list}/custom-fields[/{namespace}:{handle}]`, as `omneo-sdk`
/// `src/id/resources/profile/lists/custom-fields` calls it: paged index with
/// `filter[namespace]` / `filter[handle]`, POST → 201 (422 when the list already has that
/// namespace and handle), GET / PUT one, DELETE → 204; 404 for a list of another profile.
struct ListCustomFieldRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("profiles/:profile/lists/:list/custom-fields", use: index)
        group.post("profiles/:profile/lists/:list/custom-fields", use: create)
        group.get("profiles/:profile/lists/:list/custom-fields/:field", use: show)
        group.put("profiles/:profile/lists/:list/custom-fields/:field", use: update)
        group.delete("profiles/:profile/lists/:list/custom-fields/:field", use: delete)
    }

    static let schema = ListQuerySchema(
        sortFields: ["id": "id", "namespace": "namespace", "handle": "handle", "created_at": "created_at"],
        defaultSort: [StoreSort(column: "id")],
        filters: ["namespace": .exact(column: "namespace"), "handle": .exact(column: "handle")])

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let listID = try await ListItemRoutes.listID(context, store: store)
        let parameters = try request.queryParameters()
        var query = try ListQuery.parse(parameters, schema: Self.schema)
        query.conditions.append(.equals(column: "list_id", value: .integer(listID)))
        let page = try await store.listCustomFields(query)
        return Respond.page(
            page.items.map(Resources.customField), total: page.total, page: query.page, request: request,
            parameters: parameters)
    }

    @Sendable func create(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let listID = try await ListItemRoutes.listID(context, store: store)
        let input = try ListCustomFieldInput.read(try await request.jsonObject(), existing: nil)
        let now = Timestamp.now()
        let record = ListCustomFieldRecord(
            listID: listID, namespace: input.namespace.value ?? "", handle: input.handle.value ?? "",
            name: input.name.value, type: (input.type ?? .string).rawValue,
            value: JSONText.encode(input.value ?? .null), createdAt: now, updatedAt: now)
        let inserted = try await rejectingDuplicates { try await store.insertListCustomField(record) }
        return Respond.created(Resources.customField(inserted))
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let listID = try await ListItemRoutes.listID(context, store: store)
        let (namespace, handle) = try CustomAttributeRoutes.key(context, parameter: "field")
        let record = try await store.listCustomField(listID: listID, namespace: namespace, handle: handle)
        return Respond.data(Resources.customField(try record.orNotFound()))
    }

    @Sendable func update(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let listID = try await ListItemRoutes.listID(context, store: store)
        let (namespace, handle) = try CustomAttributeRoutes.key(context, parameter: "field")
        let existing = try await store.listCustomField(listID: listID, namespace: namespace, handle: handle)
            .orNotFound()
        let input = try ListCustomFieldInput.read(try await request.jsonObject(), existing: existing)
        let now = Timestamp.now()
        let updated = try await store.updateListCustomField(listID: listID, namespace: namespace, handle: handle) {
            record in
            input.name.apply(to: &record.name)
            if let type = input.type { record.type = type.rawValue }
            if let value = input.value { record.value = JSONText.encode(value) }
            record.updatedAt = now
        }
        return Respond.data(Resources.customField(try updated.orNotFound()))
    }

    @Sendable func delete(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let listID = try await ListItemRoutes.listID(context, store: store)
        let (namespace, handle) = try CustomAttributeRoutes.key(context, parameter: "field")
        try await store.deleteListCustomField(listID: listID, namespace: namespace, handle: handle).orNotFound()
        return Respond.noContent()
    }
}
