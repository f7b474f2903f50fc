/// The path items of the profile proxy, `/profiles/me` and `/profiles/me/{path}`: every
/// forwarded method, answered with whatever the upstream answers for `/profiles/{sub}[/path]`.
enum OpenAPIProxyPaths {
    static let methods = ["get", "head", "post", "put", "patch", "delete"]

    static let restParameter: OpenAPIJSON = [
        "name": "path", "in": "path", "required": true,
        "description": .string("The rest of the Omneo resource path under the shopper's profile, one or more segments, "
            + "e.g. `identities`, `lists/wishlist/items`, `attributes/comms`. `.`/`..` segments and encoded "
            + "`/` or `\\` are refused (400); empty segments are dropped."),
        "schema": ["type": "string"],
    ]

    static func pathItem(rest: Bool) -> OpenAPIJSON {
        var item: [String: OpenAPIJSON] = [
            "description": .string(
                "Forwarded to `{upstream}/profiles/{sub}\(rest ? "/{path}" : "")` with method, query and body "
                    + "unchanged. Needs a profile ID token (anonymous → 404). TRACE, CONNECT and OPTIONS → 405.")
        ]
        if rest { item["parameters"] = [restParameter] }
        for method in methods {
            item[method] = operation(method, rest: rest)
        }
        return .object(item)
    }

    static func operation(_ method: String, rest: Bool) -> OpenAPIJSON {
        let hasBody = ["post", "put", "patch"].contains(method)
        let statuses = [400, 401, 404] + (hasBody ? [413] : []) + [429, 502, 504]
        var responses: [String: OpenAPIJSON]
        if method == "head" {
            responses = ["default": OpenAPIResponses.empty("The upstream's status and headers, without a body.")]
                .merging(OpenAPIResponses.headErrors(statuses)) { $1 }
        } else {
            responses = [
                "default": OpenAPIResponses.json("The upstream's answer, passed through.", OpenAPISchemas.ref("ProxiedResource"))
            ].merging(OpenAPIResponses.errors(statuses)) { $1 }
            if method == "get" && !rest {
                responses["200"] = OpenAPIResponses.json("The shopper's profile.", OpenAPISchemas.ref("ProfileEnvelope"))
            }
        }
        let name = method.prefix(1).uppercased() + method.dropFirst()
        return OpenAPIPaths.operation(
            "proxy\(name)\(rest ? "ProfileResource" : "Profile")",
            "\(method.uppercased()) the shopper's \(rest ? "profile resource" : "profile") (proxied to Omneo)",
            tag: "Profiles", security: OpenAPIPaths.idToken,
            requestBody: hasBody
                ? [
                    "required": false, "description": "Sent upstream unchanged (streamed; limit `OMNEO_ID_MAX_BODY`).",
                    "content": ["application/json": ["schema": OpenAPISchemas.ref("ProxiedResource")]],
                ] : nil,
            responses: responses)
    }
}
