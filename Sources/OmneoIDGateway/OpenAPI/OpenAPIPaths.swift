/// `paths` of the OpenAPI document: one entry per route of ``RouteTable`` (each route declares
/// its path item, from the operations below), with exactly the methods it serves there (the
/// others answer 405 with `Allow`, or 404), and the profile's documented sub-resources.
enum OpenAPIPaths {
    static let apiToken: OpenAPIJSON = [["apiToken": []]]
    static let idToken: OpenAPIJSON = [["idToken": []]]
    static let open: OpenAPIJSON = []

    static func all(locationsPublic: Bool, policy: ProfilePolicy) -> OpenAPIJSON {
        let routed = RouteTable.openAPIPaths(.init(locationsPublic: locationsPublic, policy: policy))
        return routed.merging(.object(OpenAPIProfileResourcePaths.all(policy: policy)))
    }

    /// An operation object.
    static func operation(
        _ id: String, _ summary: String, tag: String, security: OpenAPIJSON, description: String? = nil,
        parameters: [OpenAPIJSON] = [], requestBody: OpenAPIJSON? = nil, responses: [String: OpenAPIJSON]
    ) -> OpenAPIJSON {
        var operation: [String: OpenAPIJSON] = [
            "operationId": .string(id), "summary": .string(summary), "tags": [.string(tag)], "security": security,
            "responses": .object(responses),
        ]
        if let description { operation["description"] = .string(description) }
        if !parameters.isEmpty { operation["parameters"] = .array(parameters) }
        if let requestBody { operation["requestBody"] = requestBody }
        return .object(operation)
    }

    /// A JSON request body of `schema`.
    static func jsonBody(_ schema: String, required: Bool, description: String) -> OpenAPIJSON {
        [
            "required": .bool(required), "description": .string(description),
            "content": ["application/json": ["schema": OpenAPISchemas.ref(schema)]],
        ]
    }

    static func publicJSON(_ id: String, _ summary: String, _ schema: String, tag: String, cached: Bool = false) -> OpenAPIJSON {
        operation(
            id, summary, tag: tag, security: open,
            responses: ["200": OpenAPIResponses.json(summary + ".", OpenAPISchemas.ref(schema), headers: cached ? ["Cache-Control"] : [])]
                .merging(OpenAPIResponses.errors([400])) { $1 })
    }

    /// HEAD beside a ``publicJSON(_:_:_:tag:cached:)`` GET: the same answer without a body.
    static func publicHead(_ id: String, _ summary: String, tag: String, cached: Bool = false) -> OpenAPIJSON {
        operation(
            id, summary + " (headers only)", tag: tag, security: open,
            responses: ["200": OpenAPIResponses.empty("As for GET, without a body.", headers: cached ? ["Cache-Control"] : [])]
                .merging(OpenAPIResponses.headErrors([400])) { $1 })
    }

    static let readinessHead = operation(
        "headReadiness", "Keys loaded and listeners up (headers only)", tag: "Operations", security: open,
        responses: [
            "200": OpenAPIResponses.empty("Ready."),
            "503": OpenAPIResponses.empty("Not ready."),
        ].merging(OpenAPIResponses.headErrors([400])) { $1 })

    static let readiness = operation(
        "getReadiness", "Keys loaded and listeners up; the body reports the upstream", tag: "Operations", security: open,
        responses: [
            "200": OpenAPIResponses.json(
                "Ready: `{\"status\":\"ok\",\"upstream\":\"reachable\"}` (or `\"unreachable\"`: an upstream outage "
                    + "leaves the replica ready unless OMNEO_ID_READY_REQUIRES_UPSTREAM=true).",
                OpenAPISchemas.ref("HealthStatus")),
            "503": OpenAPIResponses.json(
                "Not ready: `{\"status\":\"unavailable\",\"upstream\":\"unreachable\"}`.", OpenAPISchemas.ref("HealthStatus")),
        ].merging(OpenAPIResponses.errors([400])) { $1 })

    static let mintToken = operation(
        "mintToken", "Mint an ID token for one shopper (or an anonymous one)", tag: "Tokens", security: apiToken,
        description: "Authenticated with the tenant's API token. An empty body mints an anonymous token. "
            + "`id` alone must be an existing Omneo profile id; `id` with `id_handle` is looked up as an identity. "
            + "Unknown profile or identity → 404. Body limit: \(TokenRoutes.maxBody) bytes.",
        requestBody: jsonBody("MintRequest", required: false, description: "Whom the token is for."),
        responses: [
            "200": OpenAPIResponses.json(
                "The ID token and its expiry (`Cache-Control: no-store`).", OpenAPISchemas.ref("MintResponse"),
                headers: ["Cache-Control"])
        ].merging(OpenAPIResponses.errors([400, 401, 404, 413, 422, 429, 502, 504])) { $1 })

    static let revokeTokens = operation(
        "revokeTokens", "Log a shopper out: revoke one ID token, or every ID token of a profile", tag: "Tokens",
        security: apiToken,
        description: "Authenticated with the tenant's API token. `{\"token\": …}` revokes that token (it must verify, "
            + "else 422); `{\"id\": …}` or `{\"id\": …, \"id_handle\": …}` revokes every token of that profile issued "
            + "up to now, tokens minted in the same second included (unknown profile → 404). A revoked token is "
            + "401 on every replica within 2 s. 503 with `Retry-After` when the revocation could not be recorded.",
        requestBody: jsonBody("RevokeRequest", required: true, description: "What to revoke."),
        responses: [
            "200": OpenAPIResponses.json(
                "`{\"data\":{\"revoked\":true}}`.", OpenAPISchemas.ref("RevokeResponse"), headers: ["Cache-Control"])
        ].merging(OpenAPIResponses.errors([400, 401, 404, 413, 422, 429, 502, 503, 504])) { $1 })

    static let findOrCreate = operation(
        "findOrCreateProfile", "Find or create a shopper's profile (comms flags only)", tag: "Profiles",
        security: idToken,
        description: "Any valid ID token, anonymous included. Matches by e-mail, then mobile; an existing profile "
            + "only gets the comms flags sent, a new one is created with the details. The answer is the same "
            + "whether the profile existed or not.",
        requestBody: jsonBody("ProfileSignup", required: true, description: "Who the shopper is and their comms choices."),
        responses: [
            "200": OpenAPIResponses.json(
                "`{\"data\":{\"success\":true}}`, created or updated alike.", OpenAPISchemas.ref("SuccessEnvelope"),
                headers: ["Cache-Control"])
        ].merging(OpenAPIResponses.errors([400, 401, 413, 422, 429, 502, 503, 504])) { $1 })
}
