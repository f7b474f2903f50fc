import HTTPTypes

/// The path items of the explicit profile sub-resources (``OpenAPIProfileResource``): one
/// operation per method served there, typed with the shared models where the profile policy
/// lets it through, and documented as 403 where the policy refuses it.
enum OpenAPIProfileResourcePaths {
    /// The route template that serves every explicit sub-resource (named in `x-omneo-route`).
    static let route = "/id/api/v1/profiles/me/{path}"

    /// `path` → path item, for every resource of ``OpenAPIProfileResource/all``.
    static func all(policy: ProfilePolicy) -> [String: OpenAPIJSON] {
        var items: [String: OpenAPIJSON] = [:]
        for resource in OpenAPIProfileResource.all {
            items["/id/api/v1/profiles/me" + resource.path] = pathItem(resource, policy: policy)
        }
        return items
    }

    static func pathItem(_ resource: OpenAPIProfileResource, policy: ProfilePolicy) -> OpenAPIJSON {
        var item: [String: OpenAPIJSON] = [
            "description": .string(
                "Forwarded to `{upstream}/profiles/{sub}\(resource.path)` as the profile policy (`\(policy.name)`) "
                    + "allows; refused → 403 and nothing goes upstream. Needs a profile ID token (anonymous → 404)."),
            "x-omneo-route": .string(route),
        ]
        if !resource.parameters.isEmpty {
            item["parameters"] = .array(resource.parameters.map { parameter in
                var schema: [String: OpenAPIJSON] = ["type": .string(parameter.type)]
                if let pattern = parameter.pattern { schema["pattern"] = .string(pattern) }
                return [
                    "name": .string(parameter.name), "in": "path", "required": true,
                    "description": .string(parameter.description), "schema": .object(schema),
                ]
            })
        }
        let segments = resource.sampleSegments
        for method in resource.methods {
            let decision = policy.decide(method.method, on: segments)
            item[method.method.rawValue.lowercased()] = operation(method, of: resource, decision: decision)
            if method.method == .get {
                item["head"] = head(of: resource, decision: policy.decide(.head, on: segments))
            }
        }
        return .object(item)
    }

    /// The errors any proxied request may meet (the same as the fallback's).
    static func statuses(_ method: HTTPRequest.Method) -> [Int] {
        let hasBody = [.post, .put, .patch].contains(method)
        let isWrite = method != .get && method != .head
        return [400, 401, 403, 404] + (hasBody ? [413, 415] : isWrite ? [415] : []) + [429, 502, 503, 504]
    }

    static func operation(
        _ method: OpenAPIProfileResource.Method, of resource: OpenAPIProfileResource, decision: ProfilePolicy.Decision
    ) -> OpenAPIJSON {
        let verb: String = switch method.method {
        case .get: "get"
        case .post: "create"
        case .put: "update"
        case .delete: "delete"
        default: method.method.rawValue.lowercased()
        }
        var responses = OpenAPIResponses.errors(statuses(method.method))
        let description: String
        switch decision {
        case .refuse:
            description = "Refused by the profile policy in force: always 403, nothing goes upstream."
        case .forward, .checkFields:
            if case .checkFields(let fields) = decision {
                description = "Allowed by the profile policy; the body must be a JSON object (≤ 64 KiB) without "
                    + fields.map { "`\($0)`" }.joined(separator: ", ") + " (else 403)."
            } else {
                description = "Allowed by the profile policy."
            }
            responses["default"] = OpenAPIResponses.json(
                "Any other answer of the upstream, passed through.", OpenAPISchemas.ref("ProxiedResource"))
            if let answer = method.answer {
                responses[String(method.successStatus)] = OpenAPIResponses.json(method.summary + ".", OpenAPISchemas.ref(answer))
            } else {
                responses[String(method.successStatus)] = OpenAPIResponses.empty(method.summary + ": done.")
            }
        }
        return OpenAPIPaths.operation(
            verb + resource.name, method.summary, tag: "Profiles", security: OpenAPIPaths.idToken,
            description: description,
            requestBody: method.request.map { request in
                [
                    "required": true, "description": "Sent upstream unchanged.",
                    "content": ["application/json": ["schema": OpenAPISchemas.ref(request)]],
                ]
            },
            responses: responses)
    }

    static func head(of resource: OpenAPIProfileResource, decision: ProfilePolicy.Decision) -> OpenAPIJSON {
        var responses = OpenAPIResponses.headErrors(statuses(.head))
        if decision != .refuse {
            responses["default"] = OpenAPIResponses.empty("The upstream's status and headers, without a body.")
        }
        return OpenAPIPaths.operation(
            "head" + resource.name, "As GET, headers only", tag: "Profiles", security: OpenAPIPaths.idToken,
            description: decision == .refuse ? "Refused by the profile policy in force: always 403." : nil,
            responses: responses)
    }
}
