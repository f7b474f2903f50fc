import HTTPTypes

/// The path items of the profile proxy, `/profiles/me` and `/profiles/me/{path}`: every
/// forwarded method, answered with whatever the upstream answers for `/profiles/{sub}[/path]`,
/// and, per path and method, what the profile policy lets a shopper write (from the same
/// table the proxy reads).
enum OpenAPIProxyPaths {
    static let restParameter: OpenAPIJSON = [
        "name": "path", "in": "path", "required": true,
        "description": .string("The rest of the Omneo resource path under the shopper's profile, one or more segments, "
            + "e.g. `identities`, `lists/wishlist/items`, `attributes/comms`. `.`/`..` segments and encoded "
            + "`/` or `\\` are refused (400); empty segments are dropped."),
        "schema": ["type": "string"],
    ]

    /// What the catch-all is for, now that the documented sub-resources have their own entries.
    static let fallbackNote = "Fallback for sub-resources of the profile that have no entry of their own in this "
        + "document (the documented ones, e.g. `/profiles/me/lists/{list}/items`, do: use those). Generated clients "
        + "percent-encode `/` inside `{path}`, which is refused (400), so through this entry they reach one-segment "
        + "resources only.\n\n"

    static func pathItem(rest: Bool, policy: ProfilePolicy) -> OpenAPIJSON {
        var item: [String: OpenAPIJSON] = [
            "description": .string(
                (rest ? fallbackNote : "")
                    + "Forwarded to `{upstream}/profiles/{sub}\(rest ? "/{path}" : "")` with method, query and body "
                    + "as the profile policy (`\(policy.name)`) allows; refused → 403 and nothing goes upstream. "
                    + "Needs a profile ID token (anonymous → 404). TRACE, CONNECT and OPTIONS → 405. "
                    + "Upstream 5xx bodies become `{\"message\":\"Upstream error.\"}`; upstream URLs in `Location` "
                    + "and JSON `links` become the gateway's.\n\n" + table(policy, rest: rest)),
            "x-omneo-profile-policy": rules(policy, rest: rest),
        ]
        if rest { item["parameters"] = [restParameter] }
        for method in RouteTable.proxyMethods {
            item[method.rawValue.lowercased()] = operation(method, rest: rest, policy: policy)
        }
        return .object(item)
    }

    /// The rules that bear on this path item (`/` for the profile itself, the others for `{path}`).
    static func relevant(_ policy: ProfilePolicy, rest: Bool) -> [ProfilePolicyRule] {
        policy.rules.filter { rule in
            let coversProfile = rule.resource.segments.isEmpty
            return rest ? (!coversProfile || rule.resource.matchesDeeper) : coversProfile
        }
    }

    static func rules(_ policy: ProfilePolicy, rest: Bool) -> OpenAPIJSON {
        .array(relevant(policy, rest: rest).map { rule in
            var described: [String: OpenAPIJSON] = [
                "resource": .string(rule.resource.description),
                "methods": .array(ProfilePolicyRule.knownMethods.filter(rule.methods.contains).map { .string($0.rawValue) }),
                "refused_fields": .array(rule.refusedFields.map { .string($0.description) }),
            ]
            if rule.refuses { described["refuse"] = .bool(true) }
            return .object(described)
        })
    }

    /// A Markdown table of what may be written here, for the description.
    static func table(_ policy: ProfilePolicy, rest: Bool) -> String {
        var lines = ["| resource (below `/profiles/me`) | writable methods | refused body fields |", "|---|---|---|"]
        for rule in relevant(policy, rest: rest) where !rule.writes.isEmpty {
            let fields = rule.refusedFields.map { "`\($0)`" }.joined(separator: ", ")
            lines.append(
                "| `\(rule.resource)` | \(rule.writes.map(\.rawValue).joined(separator: ", ")) | \(fields.isEmpty ? "–" : fields) |")
        }
        if lines.count == 2 { lines.append("| (none) | – | – |") }
        return "Writable under this policy (reads: as the rules above say):\n\n" + lines.joined(separator: "\n")
    }

    static func operation(_ method: HTTPRequest.Method, rest: Bool, policy: ProfilePolicy) -> OpenAPIJSON {
        let name = method.rawValue.lowercased()
        let hasBody = [.post, .put, .patch].contains(method)
        let isWrite = method != .get && method != .head
        let statuses = [400, 401, 403, 404] + (hasBody ? [413, 415] : isWrite ? [415] : []) + [429, 502, 503, 504]
        var responses: [String: OpenAPIJSON]
        if method == .head {
            responses = ["default": OpenAPIResponses.empty("The upstream's status and headers, without a body.")]
                .merging(OpenAPIResponses.headErrors(statuses)) { $1 }
        } else {
            responses = [
                "default": OpenAPIResponses.json("The upstream's answer, passed through.", OpenAPISchemas.ref("ProxiedResource"))
            ].merging(OpenAPIResponses.errors(statuses)) { $1 }
            if method == .get && !rest {
                responses["200"] = OpenAPIResponses.json("The shopper's profile.", OpenAPISchemas.ref("ProfileEnvelope"))
            }
        }
        let applying = relevant(policy, rest: rest).filter { $0.methods.contains(method) }
        let allowing = applying.filter { !$0.refuses }
        let refusedAt = applying.filter(\.refuses).map { "`\($0.resource)`" }
        let allowedAt = allowing.isEmpty
            ? "Refused everywhere here by the profile policy (403)."
            : "Allowed by the profile policy at: "
                + allowing.map { rule in
                    "`\(rule.resource)`"
                        + (hasBody && !rule.refusedFields.isEmpty
                            ? " (JSON object ≤ 64 KiB without " + rule.refusedFields.map { "`\($0)`" }.joined(separator: ", ") + ")"
                            : "")
                }.joined(separator: ", ")
                + (refusedAt.isEmpty ? "" : " (but not at " + refusedAt.joined(separator: ", ") + ")") + "; elsewhere 403."
        let title = name.prefix(1).uppercased() + name.dropFirst()
        return OpenAPIPaths.operation(
            "proxy\(title)\(rest ? "ProfileResource" : "Profile")",
            "\(method.rawValue) the shopper's \(rest ? "profile resource" : "profile") (proxied to Omneo)",
            tag: "Profiles", security: OpenAPIPaths.idToken, description: allowedAt,
            requestBody: hasBody
                ? [
                    "required": false,
                    "description": .string("Sent upstream unchanged (streamed, limit `OMNEO_ID_MAX_BODY`; field-checked "
                        + "writes are read whole first). Form-encoded and multipart bodies → 415."),
                    "content": ["application/json": ["schema": OpenAPISchemas.ref("ProxiedResource")]],
                ] : nil,
            responses: responses)
    }
}
