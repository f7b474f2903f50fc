/// `components.responses`, `components.headers` and the helpers that build operation
/// responses: every answer carries `X-Request-Id`, every error is an Omneo error body.
enum OpenAPIResponses {
    static func ref(_ name: String) -> OpenAPIJSON { ["$ref": .string("#/components/responses/\(name)")] }
    static func header(_ name: String) -> OpenAPIJSON { ["$ref": .string("#/components/headers/\(name)")] }

    /// A JSON answer of `schema`, with `X-Request-Id` and `headers` (component names).
    static func json(_ description: String, _ schema: OpenAPIJSON, headers: [String] = []) -> OpenAPIJSON {
        [
            "description": .string(description),
            "headers": withRequestID(headers),
            "content": ["application/json": ["schema": schema]],
        ]
    }

    /// An answer without a body (HEAD, 304), with `X-Request-Id` and `headers`.
    static func empty(_ description: String, headers: [String] = []) -> OpenAPIJSON {
        ["description": .string(description), "headers": withRequestID(headers)]
    }

    private static func withRequestID(_ names: [String]) -> OpenAPIJSON {
        var headers: [String: OpenAPIJSON] = ["X-Request-Id": header("X-Request-Id")]
        for name in names { headers[name] = header(name) }
        return .object(headers)
    }

    /// The error answers an operation documents, by status: references to `components.responses`.
    static func errors(_ statuses: [Int]) -> [String: OpenAPIJSON] {
        var responses: [String: OpenAPIJSON] = [:]
        for status in statuses {
            if let name = byStatus[status] { responses[String(status)] = ref(name) }
        }
        return responses
    }

    /// The same errors for a HEAD request: status and headers, no body.
    static func headErrors(_ statuses: [Int]) -> [String: OpenAPIJSON] {
        var responses: [String: OpenAPIJSON] = [:]
        for status in statuses {
            responses[String(status)] = empty(
                "As for GET, without a body.", headers: status == 429 ? ["Retry-After"] : [])
        }
        return responses
    }

    static let byStatus: [Int: String] = [
        400: "BadRequest", 401: "Unauthenticated", 403: "Forbidden", 404: "NotFound", 405: "MethodNotAllowed",
        413: "ContentTooLarge", 415: "UnsupportedMediaType", 422: "ValidationFailed", 429: "TooManyAttempts", 502: "UpstreamUnavailable",
        503: "LockUnavailable", 504: "UpstreamTimeout",
    ]

    static let components: OpenAPIJSON = [
        "BadRequest": json(
            "The request is malformed: an unsafe path (`.`/`..` segments, encoded `/` or `\\`, control bytes, "
                + "bad percent-encoding), an invalid query string, a body that is not a JSON object, "
                + "two `Authorization` headers, both `Content-Length` and `Transfer-Encoding`, malformed chunked "
                + "framing, or (`/locations`) a query parameter other than `filter[…]`, `page[…]`, `sort`, `per_page`, "
                + "`page`, `include`.",
            OpenAPISchemas.ref("ErrorBody")),
        "Unauthenticated": json(
            "The bearer token is missing or not accepted: `{\"message\":\"Unauthenticated.\"}`.",
            OpenAPISchemas.ref("ErrorBody")),
        "Forbidden": json(
            "The profile policy (`OMNEO_ID_PROFILE_POLICY`) does not let a shopper's token make this request, "
                + "or a body field it refuses is present; nothing was sent upstream: "
                + "`{\"message\":\"This action is unauthorized.\"}`.",
            OpenAPISchemas.ref("ErrorBody")),
        "UnsupportedMediaType": json(
            "A form-encoded or multipart write, or a field-checked write that is not `application/json`.",
            OpenAPISchemas.ref("ErrorBody")),
        "NotFound": json("`{\"message\":\"Not Found.\"}`.", OpenAPISchemas.ref("ErrorBody")),
        "MethodNotAllowed": json(
            "The method is not served on this path; `Allow` lists the ones that are.", OpenAPISchemas.ref("ErrorBody"),
            headers: ["Allow"]),
        "ContentTooLarge": json("The request body is larger than the limit.", OpenAPISchemas.ref("ErrorBody")),
        "ValidationFailed": json(
            "The input is invalid; `errors` names every invalid field.", OpenAPISchemas.ref("ValidationError")),
        "TooManyAttempts": json(
            "Rate limited: `{\"message\":\"Too Many Attempts.\"}`. Retry after `Retry-After` seconds.",
            OpenAPISchemas.ref("ErrorBody"), headers: ["Retry-After"]),
        "UpstreamUnavailable": json(
            "The Omneo API could not be reached, or answered unusably: `{\"message\":\"Upstream unavailable.\"}`; "
                + "or it refused the gateway's own service token: "
                + "`{\"message\":\"Upstream refused the gateway's credentials.\"}`.",
            OpenAPISchemas.ref("ErrorBody")),
        "LockUnavailable": json(
            "Busy, nothing was changed; retry after `Retry-After` seconds. Find-or-create: the replicas' shared "
                + "lock (PostgreSQL, `OMNEO_ID_DATABASE_URL`) could not be taken (`{\"message\":\"Service Unavailable.\"}`). "
                + "The proxy: proxied requests hold all the upstream capacity they may (`{\"message\":\"Upstream busy.\"}`).",
            OpenAPISchemas.ref("ErrorBody"), headers: ["Retry-After"]),
        "UpstreamTimeout": json("The Omneo API did not answer in time.", OpenAPISchemas.ref("ErrorBody")),
    ]

    static let headers: OpenAPIJSON = [
        "X-Request-Id": [
            "required": true,
            "description": "The request's correlation id: the caller's `X-Request-Id` when well-formed, else a new one.",
            "schema": ["type": "string", "pattern": "^[A-Za-z0-9._-]{1,128}$"],
        ],
        "ETag": [
            "required": true, "description": "Strong validator of the body; send it back in `If-None-Match`.",
            "schema": ["type": "string"],
        ],
        "X-Cache": [
            "required": true, "description": "`HIT` when answered from the gateway's cache, `MISS` otherwise.",
            "schema": ["type": "string", "enum": ["HIT", "MISS"]],
        ],
        "Age": ["description": "Seconds the answer has been in the gateway's cache (hits only).", "schema": ["type": "string"]],
        "Cache-Control": ["description": "Caching directives.", "schema": ["type": "string"]],
        "Allow": ["required": true, "description": "The methods served on this path.", "schema": ["type": "string"]],
        "Retry-After": ["required": true, "description": "Seconds to wait before retrying.", "schema": ["type": "string"]],
    ]
}
