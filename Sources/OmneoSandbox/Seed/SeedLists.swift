/// Seeded list definitions (ids 1, 2): the `wishlist` every seeded wishlist is made from, and
/// a `gift_registry` allowing quantities, reservations, custom products and sharing.
func seedListDefinitions() -> [ListDefinitionRecord] {
    let at = "2025-10-01 08:00:00"
    var wishlist = ListDefinitionRecord(
        id: 1, name: "Wishlist", handle: "wishlist", type: "wishlist", createdAt: at, updatedAt: at)
    wishlist.shortDescription = "Products saved for later"
    wishlist.allowQuantity = true
    wishlist.allowShare = true
    wishlist.isPublished = true
    var registry = ListDefinitionRecord(
        id: 2, name: "Gift registry", handle: "gift-registry", type: "gift_registry", createdAt: at, updatedAt: at)
    registry.shortDescription = "Wedding and baby registries"
    registry.allowQuantity = true
    registry.allowReserve = true
    registry.allowCustomProduct = true
    registry.allowShare = true
    registry.isPublished = true
    registry.tags = ["registry"]
    registry.timezone = "Australia/Melbourne"
    return [wishlist, registry]
}

/// A gift registry of `owner` (definition 2): three catalogue items and a custom one, two
/// custom fields, a share link, and reservations by `guest` and by a guest outside Omneo.
func seedGiftRegistry(owner: String, guest: String, listID: Int, nextItemID: inout Int) -> (
    list: ListRecord, items: [ListItemRecord], fields: [ListCustomFieldRecord], reservations: [ListReservationRecord],
    share: ListShareRecord
) {
    let at = "2026-02-01 10:00:00"
    var list = ListRecord(
        id: listID, profileID: owner, handle: "wedding-registry", name: "Our wedding",
        description: "Saturday 14 March 2026, Yarra Valley", createdAt: at, updatedAt: at)
    list.listDefinitionID = 2
    var items: [ListItemRecord] = []
    for (product, variant, sku, name, quantity) in [
        ("2101", "2101001", "LIN-QS-WHT", "Linen quilt cover, queen, white", 2),
        ("2140", "2140003", "GLS-WINE-6", "Crystal wine glasses, set of 6", 4),
        ("2188", "2188001", "CAS-DUT-28", "Cast-iron Dutch oven 28 cm", 1),
    ] {
        nextItemID += 1
        var item = ListItemRecord(
            id: nextItemID, listID: listID, productID: product, productVariantID: variant, sku: sku, name: name,
            quantity: quantity, createdAt: at, updatedAt: at)
        item.productVariantSKU = sku
        item.externalID = "EXT-\(product)"
        item.status = "remaining"
        item.position = items.count + 1
        items.append(item)
    }
    nextItemID += 1
    var custom = ListItemRecord(id: nextItemID, listID: listID, quantity: 1, createdAt: at, updatedAt: at)
    custom.position = items.count + 1
    custom.customProduct =
        #"{"barcode":null,"currency":"AUD","description":"Towards our honeymoon in Japan","image_url":null,"#
        + #""name":"Honeymoon fund","price":"250.00","product_id":null,"sku":null,"url":null}"#
    items.append(custom)
    let fields = [
        ListCustomFieldRecord(
            id: 1, listID: listID, namespace: "event", handle: "date", name: "Event date", type: "string",
            value: #""2026-03-14""#, createdAt: at, updatedAt: at),
        ListCustomFieldRecord(
            id: 2, listID: listID, namespace: "event", handle: "guests", name: "Guests", type: "integer", value: "120",
            createdAt: at, updatedAt: at),
    ]
    var reserved = ListReservationRecord(
        id: 1, listItemID: items[1].id ?? 0, listID: listID, profileID: guest, quantity: 2, createdAt: at, updatedAt: at
    )
    reserved.timezone = "Australia/Melbourne"
    var external = ListReservationRecord(
        id: 2, listItemID: items[0].id ?? 0, listID: listID, profileID: nil, quantity: 1, createdAt: at, updatedAt: at)
    external.externalProfileID = "guest-0042"
    external.timezone = "Australia/Melbourne"
    external.expiresAt = "2026-03-14 23:59:59"
    let share = ListShareRecord(
        id: 1, listID: listID, profileID: owner, handle: "8f14e45fceea167a5a36dedd4bea2543", createdAt: at,
        updatedAt: at)
    return (list, items, fields, [reserved, external], share)
}
