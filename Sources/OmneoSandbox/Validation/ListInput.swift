import OmneoHTTP

/// A list's writable fields. `name` is required on create, as Omneo requires it (`omneo-sdk`
/// `src/types/list.ts`, `ListInput`). The handle addresses the list in paths, so it is a slug
/// (letters, digits, `-`, `_`) that is not all digits (those address lists by id); when not
/// sent it is made from the name.
struct ListInput: Sendable {
    var handle: Field<String>
    var name: Field<String>
    var description: Field<String>
    /// The definition the list is made from (`/lists/definitions`); the route checks it exists.
    var listDefinitionID: Field<Int> = .absent

    static func read(_ object: [String: JSONValue], mode: InputReader.Mode) throws -> ListInput {
        var reader = InputReader(
            object, mode: mode, allowed: ["handle", "name", "description", "list_definition_id"])
        var input = ListInput(
            handle: reader.string("handle", nullable: false, maxLength: 100),
            name: reader.string("name", required: true, nullable: false),
            description: reader.string("description", maxLength: 1000)
        )
        input.listDefinitionID = reader.integer("list_definition_id", range: 1...Int(Int32.max))
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

    /// `name` as a handle: lower-cased, runs of other characters as `-`; `list-<name>` when
    /// that would be empty or all digits.
    static func handle(from name: String) -> String {
        var slug = ""
        for scalar in name.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_" {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        slug = String(slug.prefix(100))
        return slug.isEmpty || slug.allSatisfy(\.isNumber) ? "list-\(slug)" : slug
    }

    func apply(to record: inout ListRecord) {
        handle.apply(to: &record.handle)
        name.apply(to: &record.name)
        description.apply(to: &record.description)
        listDefinitionID.apply(to: &record.listDefinitionID)
    }
}

/// A list item's writable fields (`omneo-sdk` `src/types/list.ts`, `ListItemInput`); an item
/// names a product (`product_id`, `product_variant_id`, `product_variant_sku` or `sku`).
struct ListItemInput: Sendable {
    var productID: Field<String>
    var productVariantID: Field<String>
    var sku: Field<String>
    var name: Field<String>
    var quantity: Field<Int>
    var note: Field<String>
    var productVariantSKU: Field<String> = .absent
    var position: Field<Int> = .absent
    var status: Field<String> = .absent
    var meta: Field<String> = .absent
    var source: Field<String> = .absent
    var locationID: Field<Int> = .absent
    var externalID: Field<String> = .absent

    static let fields: Set<String> = [
        "product_id", "product_variant_id", "sku", "name", "quantity", "note", "product_variant_sku", "position",
        "status", "meta", "source", "location_id", "external_id",
    ]

    static func read(_ object: [String: JSONValue], mode: InputReader.Mode) throws -> ListItemInput {
        var reader = InputReader(object, mode: mode, allowed: fields)
        var input = ListItemInput(
            productID: reader.identifier("product_id"),
            productVariantID: reader.identifier("product_variant_id"),
            sku: reader.string("sku"),
            name: reader.string("name"),
            quantity: reader.integer("quantity", nullable: false, range: 1...10_000),
            note: reader.string("note", maxLength: 1000)
        )
        input.productVariantSKU = reader.string("product_variant_sku")
        input.position = reader.integer("position", range: 0...1_000_000)
        input.status = reader.string("status", maxLength: 50)
        input.meta = reader.jsonObject("meta")
        input.source = reader.string("source", maxLength: 100)
        input.locationID = reader.integer("location_id", range: 1...Int(Int32.max))
        input.externalID = reader.identifier("external_id")
        if mode == .create, input.productID.value == nil, input.productVariantID.value == nil, input.sku.value == nil,
            input.productVariantSKU.value == nil
        {
            reader.add(
                "product_id",
                "The product id field is required when none of product variant id, product variant sku and sku is present."
            )
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
        productVariantSKU.apply(to: &record.productVariantSKU)
        position.apply(to: &record.position)
        status.apply(to: &record.status)
        meta.apply(to: &record.meta)
        source.apply(to: &record.source)
        locationID.apply(to: &record.locationID)
        externalID.apply(to: &record.externalID)
    }
}
