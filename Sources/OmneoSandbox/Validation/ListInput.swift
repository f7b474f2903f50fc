import OmneoHTTP

/// A list's writable fields. The handle addresses the list in paths, so it is a slug
/// (letters, digits, `-`, `_`) that is not all digits (those address lists by id).
struct ListInput: Sendable {
    var handle: Field<String>
    var name: Field<String>
    var description: Field<String>

    static func read(_ object: [String: JSONValue], mode: InputReader.Mode) throws -> ListInput {
        var reader = InputReader(object, mode: mode, allowed: ["handle", "name", "description"])
        let input = ListInput(
            handle: reader.string("handle", required: true, nullable: false, maxLength: 100),
            name: reader.string("name", nullable: false),
            description: reader.string("description", maxLength: 1000)
        )
        if let handle = input.handle.value, !reader.errors.has("handle") {
            let slug = handle.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
                    || $0 == "_"
            }
            if !slug || handle.allSatisfy(\.isNumber) {
                reader.add(
                    "handle", "The handle field must contain only letters, digits, - and _, and not only digits.")
            }
        }
        try reader.errors.check()
        return input
    }

    func apply(to record: inout ListRecord) {
        handle.apply(to: &record.handle)
        name.apply(to: &record.name)
        description.apply(to: &record.description)
    }
}

/// A list item's writable fields; an item names a product (`product_id`,
/// `product_variant_id` or `sku`).
struct ListItemInput: Sendable {
    var productID: Field<String>
    var productVariantID: Field<String>
    var sku: Field<String>
    var name: Field<String>
    var quantity: Field<Int>
    var note: Field<String>

    static func read(_ object: [String: JSONValue], mode: InputReader.Mode) throws -> ListItemInput {
        var reader = InputReader(
            object, mode: mode, allowed: ["product_id", "product_variant_id", "sku", "name", "quantity", "note"])
        let input = ListItemInput(
            productID: reader.identifier("product_id"),
            productVariantID: reader.identifier("product_variant_id"),
            sku: reader.string("sku"),
            name: reader.string("name"),
            quantity: reader.integer("quantity", nullable: false, range: 1...10_000),
            note: reader.string("note", maxLength: 1000)
        )
        if mode == .create, input.productID.value == nil, input.productVariantID.value == nil, input.sku.value == nil {
            reader.add(
                "product_id", "The product id field is required when neither product variant id nor sku is present.")
        }
        try reader.errors.check()
        return input
    }

    func apply(to record: inout ListItemRecord) {
        productID.apply(to: &record.productID)
        productVariantID.apply(to: &record.productVariantID)
        sku.apply(to: &record.sku)
        name.apply(to: &record.name)
        quantity.apply(to: &record.quantity)
        note.apply(to: &record.note)
    }
}
