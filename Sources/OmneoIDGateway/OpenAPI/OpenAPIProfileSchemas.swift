import OmneoModels

/// `components.schemas` for the profile sub-resources, after the shared models (OmneoModels)
/// that the gateway, the sandbox and the client decode them with. Answers are lenient as the
/// models' decoding is (nullable fields, extra keys allowed); request bodies name the models'
/// writable fields.
enum OpenAPIProfileSchemas {
    private static let string = OpenAPISchemas.nullable("string")
    private static let integer = OpenAPISchemas.nullable("integer")
    private static let boolean = OpenAPISchemas.nullable("boolean")
    /// An id Omneo may write as a number or a string.
    private static let lenientID: OpenAPIJSON = ["type": ["string", "integer", "null"]]
    private static let anyJSON: OpenAPIJSON = ["description": "Any JSON value."]
    private static let timestamps: [String: OpenAPIJSON] = ["created_at": ["type": string], "updated_at": ["type": string]]

    private static func object(_ properties: [String: OpenAPIJSON], required: [String] = [], description: String? = nil)
        -> OpenAPIJSON
    {
        var schema: [String: OpenAPIJSON] = ["type": "object", "properties": .object(properties)]
        if !required.isEmpty { schema["required"] = .array(required.map { .string($0) }) }
        if let description { schema["description"] = .string(description) }
        return .object(schema)
    }

    /// `{"data": [...], "links": …, "meta": …}` of `name`.
    private static func page(of name: String) -> OpenAPIJSON {
        [
            "type": "object", "required": ["data", "links", "meta"],
            "properties": [
                "data": ["type": "array", "items": OpenAPISchemas.ref(name)], "links": OpenAPISchemas.ref("PageLinks"),
                "meta": OpenAPISchemas.ref("PageMeta"),
            ],
        ]
    }

    /// `{"data": [...]}` of `name`, unpaginated.
    private static func list(of name: String) -> OpenAPIJSON {
        ["type": "object", "required": ["data"], "properties": ["data": ["type": "array", "items": OpenAPISchemas.ref(name)]]]
    }

    static var all: OpenAPIJSON {
        [
            "CommsAnswer": commsAnswer, "CommsEnvelope": OpenAPISchemas.envelope(of: "CommsAnswer"),
            "ProfileAddress": address, "ProfileAddressFields": addressFields,
            "ProfileAddressEnvelope": OpenAPISchemas.envelope(of: "ProfileAddress"), "ProfileAddressPage": page(of: "ProfileAddress"),
            "ProfileList": profileList, "ProfileListFields": profileListFields,
            "ProfileListEnvelope": OpenAPISchemas.envelope(of: "ProfileList"), "ProfileListPage": page(of: "ProfileList"),
            "ListItem": listItem, "ListItemFields": listItemFields,
            "ListItemEnvelope": OpenAPISchemas.envelope(of: "ListItem"), "ListItemPage": page(of: "ListItem"),
            "IdentityFields": identityFields,
            "IdentityEnvelope": OpenAPISchemas.envelope(of: "Identity"), "IdentityPage": page(of: "Identity"),
            "ProfileDate": profileDate, "ProfileDateFields": profileDateFields,
            "ProfileDateEnvelope": OpenAPISchemas.envelope(of: "ProfileDate"), "ProfileDateList": list(of: "ProfileDate"),
            "CustomAttribute": customAttribute, "CustomAttributeFields": customAttributeFields,
            "CustomAttributeEnvelope": OpenAPISchemas.envelope(of: "CustomAttribute"),
            "ProfileAppearance": appearance, "ProfileAppearanceEnvelope": OpenAPISchemas.envelope(of: "ProfileAppearance"),
            "ProfileBalances": balances, "ProfileBalancesEnvelope": OpenAPISchemas.envelope(of: "ProfileBalances"),
            "Region": region, "RegionList": list(of: "Region"), "ProfileRegionFields": profileRegionFields,
        ]
    }

    /// ``Comms`` as answered: every `{channel}_{kind}` flag, verification states, terms, timestamps.
    static let commsAnswer: OpenAPIJSON = {
        var properties: [String: OpenAPIJSON] = ["profile_id": ["type": string], "terms_accepted_at": ["type": string],
            "terms_accepted_version": ["type": string]]
        for key in CommsKey.all { properties[key.name] = ["type": boolean] }
        for channel in CommsChannel.allCases { properties["\(channel.rawValue)_verification"] = ["type": string] }
        return object(properties.merging(timestamps) { $1 }, description: "`omneo-sdk` `src/types/profile/comms.ts`.")
    }()

    /// ``AddressFields``.
    static let addressFieldProperties: [String: OpenAPIJSON] = [
        "address_line_1": ["type": string], "address_line_2": ["type": string], "address_line_3": ["type": string],
        "city": ["type": string], "state": ["type": string], "postcode": ["type": string], "country": ["type": string],
        "iso": ["type": string], "iso_state": ["type": string], "company": ["type": string], "phone": ["type": string],
        "notes": ["type": string], "is_default": ["type": boolean],
        "latitude": ["type": ["number", "string", "null"]], "longitude": ["type": ["number", "string", "null"]],
        "external_id": ["type": string], "meta": anyJSON,
    ]
    static let addressFields = object(
        addressFieldProperties, description: "`address_line_1`, `city` and `country` are required on create.")
    /// ``Address`` (a profile's).
    static let address = object(
        addressFieldProperties.merging(["id": ["type": integer], "profile_id": ["type": string]]) { $1 }
            .merging(timestamps) { $1 })

    /// ``ProfileListFields``.
    static let profileListFieldProperties: [String: OpenAPIJSON] = [
        "name": ["type": "string"], "handle": ["type": string], "description": ["type": string], "meta": anyJSON,
        "sort_order": ["type": integer], "tags": ["type": OpenAPISchemas.nullable("array"), "items": ["type": "string"]],
    ]
    static let profileListFields = object(profileListFieldProperties, description: "`name` is required on create.")
    /// ``ProfileList``.
    static let profileList = object(
        profileListFieldProperties.merging([
            "id": ["type": "integer"], "profile_id": ["type": string],
            "items": ["type": OpenAPISchemas.nullable("array"), "items": OpenAPISchemas.ref("ListItem")],
            "items_count": ["type": integer],
        ]) { $1 }.merging(timestamps) { $1 },
        required: ["id", "name"])

    /// ``ListItemFields``.
    static let listItemFieldProperties: [String: OpenAPIJSON] = [
        "product_id": lenientID, "product_variant_id": lenientID, "product_variant_sku": ["type": string],
        "sku": ["type": string], "name": ["type": string], "quantity": ["type": "integer", "minimum": 1, "maximum": 10000],
        "position": ["type": integer], "status": ["type": string], "meta": anyJSON, "source": ["type": string],
        "location_id": ["type": integer], "external_id": ["type": string], "note": ["type": string],
    ]
    static let listItemFields = object(
        listItemFieldProperties,
        description: "On create, name a product: `product_id`, `product_variant_id`, `product_variant_sku` or `sku`.")
    /// ``ListItem``.
    static let listItem = object(
        listItemFieldProperties.merging([
            "id": ["type": "integer"], "product_list_id": ["type": integer], "product": anyJSON, "product_variant": anyJSON,
        ]) { $1 }.merging(timestamps) { $1 },
        required: ["id", "quantity"])

    /// ``IdentityFields``.
    static let identityFields = object(
        ["handle": ["type": "string"], "identifier": ["type": "string"], "is_primary": ["type": "boolean"],
         "is_active": ["type": "boolean"]],
        description: "`handle` and `identifier` are required on create.")

    /// ``ProfileDateFields``.
    static let profileDateFieldProperties: [String: OpenAPIJSON] = [
        "handle": ["type": string], "name": ["type": string], "date": ["type": string, "examples": ["1990-05-17"]],
        "type": ["type": string], "is_recurring": ["type": boolean], "recurring_schedule": ["type": string],
        "relationship": ["type": string], "description": ["type": string], "note": ["type": string], "meta": anyJSON,
    ]
    static let profileDateFields = object(profileDateFieldProperties)
    /// ``ProfileDate``.
    static let profileDate = object(
        profileDateFieldProperties.merging(["id": ["type": "integer"], "profile_id": ["type": string]]) { $1 }
            .merging(timestamps) { $1 },
        required: ["id"])

    /// ``CustomAttributeFields``: `value` must be of `type`.
    static let customAttributeFields = object(
        ["type": ["type": "string", "examples": .array(CustomAttributeType.allCases.map { .string($0.rawValue) })],
         "value": anyJSON],
        required: ["type", "value"])
    /// ``CustomAttribute``.
    static let customAttribute = object(
        [
            "id": ["type": integer], "profile_id": ["type": string], "namespace": ["type": "string"],
            "handle": ["type": "string"], "type": ["type": "string"], "value": anyJSON,
        ].merging(timestamps) { $1 },
        required: ["namespace", "handle", "type", "value"])

    /// ``ProfileAppearance``: Omneo's documented fields, each a string or null; others are kept.
    static let appearance: OpenAPIJSON = {
        var properties: [String: OpenAPIJSON] = ["profile_id": ["type": string]]
        for field in ProfileAppearance.knownFields { properties[field] = ["type": string] }
        return object(properties.merging(timestamps) { $1 })
    }()

    /// ``ProfileBalances``.
    static let balances = object(
        [
            "reward_balance": ["type": "number"], "point_balance": ["type": "number"],
            "point_balance_dollars": ["type": "number"], "benefit_balance": ["type": "number"],
            "combined_balance_dollars": ["type": "number"],
        ],
        required: ["reward_balance", "point_balance", "point_balance_dollars", "benefit_balance", "combined_balance_dollars"])

    /// ``Region``.
    static let region = object(
        [
            "id": ["type": "integer"], "name": ["type": string], "handle": ["type": string],
            "countries": ["type": OpenAPISchemas.nullable("array")], "is_default": ["type": boolean],
            "is_active": ["type": boolean], "country": ["type": string], "state": ["type": string],
        ].merging(timestamps) { $1 },
        required: ["id"])

    /// ``ProfileRegionFields``.
    static let profileRegionFields = object(
        ["region_id": ["type": "integer"], "country": ["type": string], "state": ["type": string],
         "is_active": ["type": "boolean"]])
}
