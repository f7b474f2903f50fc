import OmneoHTTP

/// A list definition's writable fields (`POST`/`PUT /lists/definitions…`, `omneo-sdk`
/// `src/types/lists.ts`, `RequestCreateListDefinition`): `name`, `handle` and `type` required
/// on create. `type` is free text, as in the SDK's type (its scenarios send `gift_registry`).
/// The reservation-notification settings of that type are not stored, so they are refused.
struct ListDefinitionInput: Sendable {
    var name: Field<String> = .absent
    var handle: Field<String> = .absent
    var type: Field<String> = .absent
    var icon: Field<String> = .absent
    var cover: Field<String> = .absent
    var shortDescription: Field<String> = .absent
    var description: Field<String> = .absent
    /// The boolean fields sent, by name (``flagFields``).
    var flags: [String: Field<Bool>] = [:]
    var meta: Field<String> = .absent
    var tags: Field<[String]> = .absent
    var timezone: Field<String> = .absent

    /// The boolean fields.
    static let flagFields = [
        "allow_share", "allow_quantity", "allow_reserve", "allow_custom_product", "allow_edit", "allow_new",
        "allow_delete", "is_published", "is_active",
    ]

    static func read(_ object: [String: JSONValue], mode: InputReader.Mode) throws -> ListDefinitionInput {
        let allowed: Set<String> = Set(flagFields).union([
            "name", "handle", "type", "icon", "cover", "short_description", "description", "meta", "tags", "timezone",
        ])
        var reader = InputReader(object, mode: mode, allowed: allowed)
        var input = ListDefinitionInput()
        input.name = reader.string("name", required: true, nullable: false)
        input.handle = reader.string("handle", required: true, nullable: false, maxLength: 100)
        input.type = reader.string("type", required: true, nullable: false, maxLength: 50)
        input.icon = reader.string("icon", maxLength: 2000)
        input.cover = reader.string("cover", maxLength: 2000)
        input.shortDescription = reader.string("short_description")
        input.description = reader.string("description", maxLength: 5000)
        for field in flagFields {
            input.flags[field] = reader.boolean(field)
        }
        input.meta = reader.jsonObject("meta")
        input.tags = reader.strings("tags")
        input.timezone = reader.string("timezone", maxLength: 64)
        try reader.errors.check()
        return input
    }

    func apply(to record: inout ListDefinitionRecord) {
        name.apply(to: &record.name)
        handle.apply(to: &record.handle)
        type.apply(to: &record.type)
        icon.apply(to: &record.icon)
        cover.apply(to: &record.cover)
        shortDescription.apply(to: &record.shortDescription)
        description.apply(to: &record.description)
        for (field, flag) in flags {
            switch field {
            case "allow_share": flag.apply(to: &record.allowShare)
            case "allow_quantity": flag.apply(to: &record.allowQuantity)
            case "allow_reserve": flag.apply(to: &record.allowReserve)
            case "allow_custom_product": flag.apply(to: &record.allowCustomProduct)
            case "allow_edit": flag.apply(to: &record.allowEdit)
            case "allow_new": flag.apply(to: &record.allowNew)
            case "allow_delete": flag.apply(to: &record.allowDelete)
            case "is_published": flag.apply(to: &record.isPublished)
            case "is_active": flag.apply(to: &record.isActive)
            default: break
            }
        }
        meta.apply(to: &record.meta)
        tags.apply(to: &record.tags)
        timezone.apply(to: &record.timezone)
    }
}
