import Hummingbird
import OmneoHTTP
import OmneoModels

/// Reservations of list items (`omneo-sdk` `src/types/list.ts`, `ListItemReservation`):
/// the admin `POST /list/items/{item}/reservations` the SDK's reservation scenario calls
/// (201; 422 when the list's definition does not allow reservations, for an unknown profile,
/// or when the item's reservations would exceed its quantity), `GET` / `DELETE` (204) on the
/// same path, and `GET /profiles/{id}/reservations` (the reservations the profile made, the
/// latest first, paged), as `src/id/resources/profile/lists/reservations` calls it.
struct ListReservationRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("list/items/:item/reservations", use: itemIndex)
        group.post("list/items/:item/reservations", use: create)
        group.delete("list/items/:item/reservations/:reservation", use: delete)
        group.get("profiles/:profile/reservations", use: profileIndex)
    }

    static let schema = ListQuerySchema(
        sortFields: ["id": "id", "created_at": "created_at", "expires_at": "expires_at"],
        defaultSort: [StoreSort(column: "id", descending: true)],
        filters: [
            "product_list_id": .integer(column: "list_id"), "product_list_item_id": .integer(column: "list_item_id"),
        ])

    @Sendable func profileIndex(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try context.profileID()
        _ = try await store.profile(id: profileID).orNotFound()
        return try await page(request, condition: .equals(column: "profile_id", value: .text(profileID)))
    }

    @Sendable func itemIndex(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let item = try await store.listItem(id: try context.integer("item")).orNotFound()
        return try await page(request, condition: .equals(column: "list_item_id", value: .integer(item.id ?? 0)))
    }

    private func page(_ request: Request, condition: StoreCondition) async throws -> Response {
        let parameters = try request.queryParameters()
        var query = try ListQuery.parse(parameters, schema: Self.schema)
        query.conditions.append(condition)
        let page = try await store.listReservations(query)
        return Respond.page(
            try await Resources.listReservations(page.items, store: store), total: page.total, page: query.page,
            request: request, parameters: parameters)
    }

    @Sendable func create(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let item = try await store.listItem(id: try context.integer("item")).orNotFound()
        let input = try ListReservationInput.read(try await request.jsonObject())
        if let profileID = input.profileID, try await store.profile(id: profileID.lowercased()) == nil {
            throw OmneoHTTPError.invalid("profile_id", "The selected profile id is invalid.")
        }
        let list = try await store.list(id: item.listID).orNotFound()
        var definition: ListDefinitionRecord?
        if let definitionID = list.listDefinitionID { definition = try await store.listDefinition(id: definitionID) }
        guard definition?.allowReserve == true else {
            throw OmneoHTTPError.invalid("quantity", "The list's definition does not allow reservations.")
        }
        let now = Timestamp.now()
        var record = ListReservationRecord(
            listItemID: try item.id.orNotFound(), listID: item.listID, profileID: input.profileID?.lowercased(),
            quantity: input.quantity, createdAt: now, updatedAt: now)
        record.externalProfileID = input.externalProfileID
        record.timezone = input.timezone
        record.expiresAt = input.expiresAt
        guard let inserted = try await store.insertListReservation(record, limit: item.quantity) else {
            throw OmneoHTTPError.invalid("quantity", "The quantity exceeds what is left to reserve of the item.")
        }
        return Respond.created(try await Resources.listReservations([inserted], store: store)[0])
    }

    @Sendable func delete(_ request: Request, context: BasicRequestContext) async throws -> Response {
        try await store.deleteListReservation(
            listItemID: try context.integer("item"), id: try context.integer("reservation")
        ).orNotFound()
        return Respond.noContent()
    }
}
