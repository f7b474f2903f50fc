import OmneoModels

/// List definitions, the products on items, list custom fields, reservations and shares.
extension Resources {
    static func listDefinition(_ record: ListDefinitionRecord) -> ListDefinition {
        ListDefinition(
            id: record.id ?? 0, name: record.name, handle: record.handle, type: record.type, icon: record.icon,
            cover: record.cover, shortDescription: record.shortDescription, description: record.description,
            allowShare: record.allowShare, allowQuantity: record.allowQuantity, allowReserve: record.allowReserve,
            allowCustomProduct: record.allowCustomProduct, allowEdit: record.allowEdit, allowNew: record.allowNew,
            allowDelete: record.allowDelete, meta: JSONText.decode(record.meta), isPublished: record.isPublished,
            isActive: record.isActive, tags: record.tags, timezone: record.timezone, createdAt: record.createdAt,
            updatedAt: record.updatedAt)
    }

    /// The item's `product`, `null` when it names none. The sandbox has no product catalogue:
    /// the product is what the item was given, `id` (a number, as Omneo's product ids are) and
    /// `external_id` (docs/DECISIONS.md, "Lists").
    static func listItemProduct(_ record: ListItemRecord) -> JSONValue? {
        guard let productID = record.productID else { return nil }
        return .object(["id": catalogueID(productID), "external_id": record.externalID.map(JSONValue.string) ?? .null])
    }

    /// The item's `product_variant`, `null` when it names none: `id`, `product_id`, `sku`.
    static func listItemProductVariant(_ record: ListItemRecord) -> JSONValue? {
        guard let variantID = record.productVariantID else { return nil }
        return .object([
            "id": catalogueID(variantID), "product_id": record.productID.map(catalogueID) ?? .null,
            "sku": record.productVariantSKU.map(JSONValue.string) ?? .null,
        ])
    }

    /// A catalogue id as Omneo writes it: a number when it is one, else the text.
    static func catalogueID(_ text: String) -> JSONValue {
        Int(text).map { .number(Double($0)) } ?? .string(text)
    }

    static func customField(_ record: ListCustomFieldRecord) -> CustomField {
        CustomField(
            id: record.id, name: record.name, namespace: record.namespace, handle: record.handle,
            type: CustomFieldType(rawValue: record.type), value: JSONText.decode(record.value) ?? .null,
            customFieldableType: "product_list", customFieldableID: record.listID, createdAt: record.createdAt,
            updatedAt: record.updatedAt)
    }

    static func listShare(_ record: ListShareRecord) -> ListShare {
        ListShare(
            id: record.id ?? 0, handle: record.handle, profileID: profileID(record.profileID),
            productListID: record.listID, createdAt: record.createdAt, updatedAt: record.updatedAt)
    }

    /// Reservations with the reserved item and the reserving profile embedded.
    static func listReservations(_ records: [ListReservationRecord], store: any SandboxStore) async throws
        -> [ListItemReservation]
    {
        let items = try await store.listItems(ids: Array(Set(records.map(\.listItemID))))
        let itemsByID = Dictionary(items.map { ($0.id ?? 0, $0) }, uniquingKeysWith: { first, _ in first })
        var profiles: [String: Profile] = [:]
        for profileID in Set(records.compactMap(\.profileID)) {
            if let record = try await store.profile(id: profileID) {
                profiles[profileID] = try await Resources.profiles([record], store: store).first
            }
        }
        return records.map { record in
            ListItemReservation(
                id: record.id ?? 0, profile: record.profileID.flatMap { profiles[$0] },
                externalProfileID: record.externalProfileID, productListItemID: record.listItemID,
                productListItem: itemsByID[record.listItemID].map(item), productListID: record.listID,
                quantity: record.quantity, timezone: record.timezone, expiresAt: record.expiresAt,
                createdAt: record.createdAt, updatedAt: record.updatedAt)
        }
    }
}
