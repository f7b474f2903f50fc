import Hummingbird
import OmneoHTTP
import OmneoModels

/// `POST /profiles/{id}/lists/{list}/custom`, as `omneo-sdk`
/// `src/id/resources/profile/lists/items` `custom()` calls it: adds an item for a product the
/// shopper describes (answered with `custom_product`), 201. 422 when the list's definition
/// does not allow custom products; a list made without a definition allows them.
struct CustomListItemRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.post("profiles/:profile/lists/:list/custom", use: create)
    }

    @Sendable func create(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let list = try await ListItemRoutes.list(context, store: store)
        let input = try CustomListItemInput.read(try await request.jsonObject())
        if let definitionID = list.listDefinitionID, let definition = try await store.listDefinition(id: definitionID),
            !definition.allowCustomProduct
        {
            throw OmneoHTTPError.invalid("name", "The list's definition does not allow custom products.")
        }
        let now = Timestamp.now()
        var record = ListItemRecord(listID: try list.id.orNotFound(), createdAt: now, updatedAt: now)
        record.quantity = input.quantity ?? 1
        record.position = input.position
        record.customProduct = JSONText.encode(.object(input.customProduct))
        return Respond.created(Resources.item(try await store.insertItem(record)))
    }
}
