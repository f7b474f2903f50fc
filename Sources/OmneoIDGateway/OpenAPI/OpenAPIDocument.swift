import Foundation
import NIOCore
import OmneoHTTP

/// The OpenAPI 3.1 description of the public API, as served at `/id/api/v1/openapi.json`.
///
/// It depends on the settings that change the contract (`OMNEO_ID_LOCATIONS_PUBLIC`,
/// `OMNEO_ID_PROFILE_POLICY` as loaded at start) and on
/// today's year (`birth_year`'s upper bound), so it is built once per gateway, at start-up.
enum OpenAPIDocument {
    static let version = "3.1.1"
    static let path = "/id/api/v1/openapi.json"

    static func make(locationsPublic: Bool, policy: ProfilePolicy = .hardened, now: Date = Date()) -> OpenAPIJSON {
        [
            "openapi": .string(version),
            "info": [
                "title": "Omneo ID",
                "version": "1",
                "description": .string("Token-scoped identity proxy in front of the Omneo customer-data API (v3). A back end "
                    + "mints a short-lived ID token for one shopper (`POST /id/api/v1/auth/token`, with the tenant's "
                    + "API token); front ends call the rest with that ID token. Every answer carries `X-Request-Id`; "
                    + "every error is `{\"message\": …}` (with `errors` on 422). Paths not listed answer 404."),
            ],
            "servers": [["url": "/", "description": "This gateway."]],
            "tags": [
                ["name": "Tokens"], ["name": "Profiles"], ["name": "Locations"], ["name": "Operations"],
            ],
            "paths": OpenAPIPaths.all(locationsPublic: locationsPublic, policy: policy),
            "components": [
                "schemas": OpenAPISchemas.all(now: now),
                "responses": OpenAPIResponses.components,
                "headers": OpenAPIResponses.headers,
                "securitySchemes": [
                    "apiToken": [
                        "type": "http", "scheme": "bearer",
                        "description": "The tenant's Omneo API token (back ends only; never in a browser).",
                    ],
                    "idToken": [
                        "type": "http", "scheme": "bearer", "bearerFormat": "JWT",
                        "description": "An ID token from `POST /id/api/v1/auth/token`.",
                    ],
                ],
            ],
        ]
    }

    /// The document's bytes, as served (sorted keys, unescaped slashes).
    static func encoded(_ document: OpenAPIJSON) -> ByteBuffer {
        // Every case of `OpenAPIJSON` encodes; failing here is a programming error.
        let data = try! JSONBody.encoder.encode(document)
        return ByteBuffer(bytes: data)
    }
}
