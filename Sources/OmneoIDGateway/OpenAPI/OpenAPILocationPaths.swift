/// The path items of `/locations` and `/locations/{id}`: GET and HEAD, through the gateway's
/// cache, with `ETag` / `If-None-Match`. Other methods → 405 with `Allow: GET, HEAD`.
enum OpenAPILocationPaths {
    static let idParameter: OpenAPIJSON = [
        "name": "id", "in": "path", "required": true, "description": "The location's id.",
        "schema": ["type": "integer"],
    ]

    static let ifNoneMatch: OpenAPIJSON = [
        "name": "If-None-Match", "in": "header", "required": false,
        "description": "An `ETag` from an earlier answer; a match gives 304.", "schema": ["type": "string"],
    ]

    /// The query the upstream understands; the gateway passes the raw query string through
    /// when every parameter is one of Omneo's list parameters (`LocationQuery`), else 400.
    static let listParameters: [OpenAPIJSON] = [
        query("filter[is_published]", ["type": "integer", "enum": [0, 1]]),
        query("filter[is_permanently_closed]", ["type": "integer", "enum": [0, 1]]),
        query("filter[type]", ["type": "string"]),
        query("filter[handle]", ["type": "string"]),
        query("filter[name]", ["type": "string"], "Part of the name."),
        query("sort", ["type": "string"], "`field` or `-field`: id, name, handle, type, created_at, updated_at."),
        query("page[size]", ["type": "integer", "minimum": 1]),
        query("page[number]", ["type": "integer", "minimum": 1]),
        query("per_page", ["type": "integer", "minimum": 1]),
        query("page", ["type": "integer", "minimum": 1]),
        query("include", ["type": "string"]),
    ]

    static func query(_ name: String, _ schema: OpenAPIJSON, _ description: String? = nil) -> OpenAPIJSON {
        var parameter: [String: OpenAPIJSON] = ["name": .string(name), "in": "query", "required": false, "schema": schema]
        if let description { parameter["description"] = .string(description) }
        return .object(parameter)
    }

    static func pathItem(single: Bool, isPublic: Bool) -> OpenAPIJSON {
        var item: [String: OpenAPIJSON] = [
            "description": .string("Read-only; other methods → 405 with `Allow: GET, HEAD`. Only `filter[…]`, `page[…]`, `sort`, "
                + "`per_page`, `page` and `include` are accepted (others → 400); the query string then goes upstream "
                + "verbatim and the upstream validates it (422 naming the parameter). Cache misses are limited per "
                + "client and per token (429); 404s are cached for a few seconds.")
        ]
        if single { item["parameters"] = [idParameter] }
        item["get"] = operation(get: true, single: single, isPublic: isPublic)
        item["head"] = operation(get: false, single: single, isPublic: isPublic)
        return .object(item)
    }

    static func operation(get: Bool, single: Bool, isPublic: Bool) -> OpenAPIJSON {
        let statuses = [400] + (isPublic ? [] : [401]) + (single ? [404] : []) + [422, 429, 502, 504]
        let okHeaders = ["ETag", "X-Cache", "Age", "Cache-Control"]
        var responses: [String: OpenAPIJSON] = [
            "304": OpenAPIResponses.empty("`If-None-Match` matched the current `ETag`.", headers: ["ETag", "X-Cache", "Age"])
        ]
        if get {
            let schema = single ? "LocationEnvelope" : "LocationPage"
            responses["200"] = OpenAPIResponses.json(
                single ? "The location." : "One page of locations.", OpenAPISchemas.ref(schema), headers: okHeaders)
            responses.merge(OpenAPIResponses.errors(statuses)) { $1 }
        } else {
            responses["200"] = OpenAPIResponses.empty("As for GET, without a body.", headers: okHeaders)
            responses.merge(OpenAPIResponses.headErrors(statuses)) { $1 }
        }
        let verb = get ? "get" : "head"
        return OpenAPIPaths.operation(
            verb + (single ? "Location" : "Locations"),
            "\(verb.uppercased()) \(single ? "one location" : "a page of locations")", tag: "Locations",
            security: isPublic ? OpenAPIPaths.open : OpenAPIPaths.idToken,
            parameters: (single ? [] : listParameters) + [ifNoneMatch], responses: responses)
    }
}
