import Foundation
import OmneoModels

/// `components.schemas` of the OpenAPI document: the shared models (OmneoModels) and the
/// gateway's own request and response bodies, as JSON Schema 2020-12.
enum OpenAPISchemas {
    static func ref(_ name: String) -> OpenAPIJSON { ["$ref": .string("#/components/schemas/\(name)")] }

    /// A JSON type that may also be `null`.
    static func nullable(_ type: String) -> OpenAPIJSON { [.string(type), "null"] }

    /// `{"data": <name>}`.
    static func envelope(of name: String) -> OpenAPIJSON {
        ["type": "object", "required": ["data"], "properties": ["data": ref(name)]]
    }

    /// Every schema, by name. `now` bounds `birth_year` as the validation does.
    static func all(now: Date) -> OpenAPIJSON {
        let own: OpenAPIJSON = [
            "ErrorBody": errorBody,
            "ValidationError": validationError,
            "MintRequest": mintRequest,
            "MintResponse": mintResponse,
            "RevokeRequest": revokeRequest,
            "RevokeResponse": [
                "type": "object", "required": ["data"],
                "properties": ["data": ["type": "object", "required": ["revoked"], "properties": ["revoked": ["const": true]]]],
            ],
            "ProfileSignup": profileSignup(now: now),
            "SuccessEnvelope": [
                "type": "object", "required": ["data"],
                "properties": ["data": ["type": "object", "required": ["success"], "properties": ["success": ["const": true]]]],
            ],
            "Profile": profile,
            "ProfileEnvelope": envelope(of: "Profile"),
            "Identity": identity,
            "Comms": comms,
            "Location": location,
            "LocationEnvelope": envelope(of: "Location"),
            "LocationPage": [
                "type": "object", "required": ["data", "links", "meta"],
                "properties": ["data": ["type": "array", "items": ref("Location")], "links": ref("PageLinks"), "meta": ref("PageMeta")],
            ],
            "Address": address,
            "NormalHours": normalHours,
            "SpecialHours": specialHours,
            "PageLinks": pageLinks,
            "PageMeta": pageMeta,
            "ProxiedResource": [
                "description": .string("Whatever the Omneo API v3 answered for the proxied path, passed through unchanged "
                    + "(usually `{\"data\": …}`, a list envelope, or an error body)."),
            ],
            "JWKS": jwks,
            "HealthStatus": [
                "type": "object", "required": ["status"],
                "properties": [
                    "status": ["type": "string", "enum": ["live", "ok", "unavailable"]],
                    "upstream": ["type": "string", "enum": ["reachable", "unreachable"]],
                    "revocations": [
                        "type": "string", "enum": ["synced", "unsynced"],
                        "description": "With `OMNEO_ID_DATABASE_URL`: whether this replica receives the others' revocations.",
                    ],
                ],
            ],
            "OpenAPIDocument": [
                "type": "object", "required": ["openapi", "info", "paths"],
                "properties": ["openapi": ["type": "string", "pattern": "^3\\.1\\.\\d+$"]],
            ],
        ]
        return own.merging(OpenAPIProfileSchemas.all)
    }

    static let errorBody: OpenAPIJSON = [
        "type": "object", "required": ["message"],
        "description": "Omneo's error body, e.g. `{\"message\":\"Unauthenticated.\"}`.",
        "properties": ["message": ["type": "string"]],
    ]

    static let validationError: OpenAPIJSON = [
        "type": "object", "required": ["message", "errors"],
        "description": "422: one or more messages per invalid field.",
        "properties": [
            "message": ["type": "string"],
            "errors": ["type": "object", "additionalProperties": ["type": "array", "items": ["type": "string"]]],
        ],
    ]

    static let mintRequest: OpenAPIJSON = [
        "type": "object", "additionalProperties": false,
        "description": .string("`id` missing, null or \"\" → anonymous token (`id_handle` ignored); `id` alone → an Omneo "
            + "profile id; `id` with `id_handle` → an identity look-up. A numeric `id` is taken as its decimal string."),
        "properties": [
            "id": [
                "type": ["string", "integer", "null"], "maxLength": .int(MintRequest.maxLength), "minimum": 0,
                "examples": ["1004993MH"],
            ],
            "id_handle": ["type": nullable("string"), "maxLength": .int(MintRequest.maxLength), "examples": ["magento_id"]],
        ],
    ]

    static let revokeRequest: OpenAPIJSON = [
        "type": "object", "additionalProperties": false,
        "description": .string("`token` alone revokes that ID token (log out); `id`, or `id` with `id_handle` "
            + "(as for minting), revokes every ID token of that profile issued up to now (log out everywhere)."),
        "properties": [
            "token": ["type": "string", "maxLength": .int(TokenVerifier.maximumTokenLength), "description": "An ID token."],
            "id": [
                "type": ["string", "integer"], "maxLength": .int(MintRequest.maxLength), "minimum": 0,
                "examples": ["1004993MH"],
            ],
            "id_handle": ["type": nullable("string"), "maxLength": .int(MintRequest.maxLength), "examples": ["magento_id"]],
        ],
    ]

    static let mintResponse: OpenAPIJSON = [
        "type": "object", "required": ["data"],
        "properties": [
            "data": [
                "type": "object", "required": ["token", "exp"],
                "properties": [
                    "token": ["type": "string", "description": "The ID token (a JWT)."],
                    "exp": ["type": "integer", "description": "Expiry, unix seconds (the JWT's `exp`)."],
                ],
            ]
        ],
    ]

    static func profileSignup(now: Date) -> OpenAPIJSON {
        var properties: [String: OpenAPIJSON] = [
            "email": ["type": nullable("string"), "format": "email", "maxLength": .int(ContactRules.maxEmailLength)],
            "mobile_phone": [
                "type": nullable("string"), "maxLength": .int(ProfileSignup.maxMobileLength),
                "description": "E.164 once spaces, dashes and brackets are removed.",
            ],
            "gender": ["enum": .array(Gender.allCases.map { .string($0.rawValue) } + [.null])],
            "tags": [
                "type": nullable("array"), "maxItems": .int(ProfileSignup.maxTags),
                "items": ["type": "string", "minLength": 1, "maxLength": .int(ProfileSignup.maxTagLength)],
            ],
            "attributes": [
                "type": nullable("object"), "additionalProperties": false,
                "properties": ["comms": ["anyOf": [ref("Comms"), ["type": "null"]]]],
            ],
        ]
        for (field, maxLength) in ProfileSignup.textFields {
            properties[field] = ["type": nullable("string"), "maxLength": .int(maxLength)]
        }
        for (field, range) in ProfileSignup.integerFields(now: now) {
            properties[field] = [
                "type": nullable("integer"), "minimum": .int(range.lowerBound), "maximum": .int(range.upperBound),
            ]
        }
        return [
            "type": "object", "additionalProperties": false, "properties": .object(properties),
            "description": "Find-or-create: `email` or `mobile_phone` (or both) is required. A null field counts as not sent.",
            "anyOf": [
                ["required": ["email"], "properties": ["email": ["type": "string"]]],
                ["required": ["mobile_phone"], "properties": ["mobile_phone": ["type": "string"]]],
            ],
        ]
    }

    /// The comms flags a shopper may set (`{channel}_{optout,promo}`); `*_bounced` are Omneo's.
    static let comms: OpenAPIJSON = [
        "type": "object", "additionalProperties": false,
        "properties": .object(
            Dictionary(
                uniqueKeysWithValues: CommsKey.all.filter(\.isShopperSettable).map { ($0.name, ["type": "boolean"]) })),
    ]

    static let profile: OpenAPIJSON = [
        "type": "object",
        "required": ["id", "tags", "identities", "attributes", "created_at", "updated_at"],
        "properties": [
            "id": ["type": "string"],
            "first_name": ["type": nullable("string")], "last_name": ["type": nullable("string")],
            "full_name": ["type": nullable("string")], "email": ["type": nullable("string")],
            "mobile_phone": ["type": nullable("string")],
            "gender": ["enum": .array(Gender.allCases.map { .string($0.rawValue) } + [.null])],
            "title": ["type": nullable("string")],
            "birth_day": ["type": nullable("integer")], "birth_month": ["type": nullable("integer")],
            "birth_year": ["type": nullable("integer")],
            "company": ["type": nullable("string")], "occupation": ["type": nullable("string")],
            "region_id": ["type": nullable("integer")], "joined_location_id": ["type": nullable("integer")],
            "preferred_location_id": ["type": nullable("integer")],
            "tags": ["type": "array", "items": ["type": "string"]],
            "identities": ["type": "array", "items": ref("Identity")],
            "attributes": [
                "type": "object",
                "description": .string("`comms` as `omneo-sdk` `src/types/profile/comms.ts`: every "
                    + "`{channel}_{kind}` flag (boolean or null), `profile_id`, `*_verification`, `terms_accepted_*`, "
                    + "timestamps."),
                "properties": [
                    "comms": ["type": "object", "additionalProperties": ["type": ["boolean", "string", "null"]]]
                ],
            ],
            "created_at": ["type": "string", "examples": ["2026-01-10 09:15:00"]],
            "updated_at": ["type": "string"],
        ],
    ]

    static let identity: OpenAPIJSON = [
        "type": "object",
        "required": ["id", "profile_id", "handle", "identifier", "is_primary", "is_active"],
        "properties": [
            "id": ["type": "integer"], "profile_id": ["type": "string"], "handle": ["type": "string"],
            "identifier": ["type": "string"], "is_primary": ["type": "boolean"], "is_active": ["type": "boolean"],
            "created_at": ["type": "string"], "updated_at": ["type": "string"],
        ],
    ]

    /// `omneo-sdk` `src/types/location.ts`.
    static let location: OpenAPIJSON = [
        "type": "object",
        "required": ["id", "is_published", "is_permanently_closed", "normal_hours", "special_hours"],
        "properties": [
            "id": ["type": "integer"], "name": ["type": nullable("string")], "handle": ["type": "string"],
            "type": ["type": nullable("string")], "description": ["type": nullable("string")],
            "is_published": ["type": "boolean"], "is_permanently_closed": ["type": "boolean"],
            "phone": ["type": nullable("string")], "email": ["type": nullable("string")],
            "timezone": ["type": nullable("string")], "external_id": ["type": nullable("string")],
            "external_code": ["type": nullable("string")],
            "address": ["anyOf": [ref("Address"), ["type": "null"]]],
            "normal_hours": ["type": "array", "items": ref("NormalHours")],
            "special_hours": ["type": "array", "items": ref("SpecialHours")],
            "tags": ["type": "array", "items": ["type": "string"]],
            "created_at": ["type": "string"], "updated_at": ["type": "string"],
        ],
    ]

    static let address: OpenAPIJSON = [
        "type": "object",
        "description": "`omneo-sdk` `src/types/address.ts`; Omneo may write coordinates as strings.",
        "properties": [
            "address_line_1": ["type": nullable("string")], "address_line_2": ["type": nullable("string")],
            "address_line_3": ["type": nullable("string")], "city": ["type": nullable("string")],
            "state": ["type": nullable("string")], "postcode": ["type": nullable("string")],
            "country": ["type": nullable("string")], "iso": ["type": nullable("string")],
            "iso_state": ["type": nullable("string")], "notes": ["type": nullable("string")],
            "latitude": ["type": ["number", "string", "null"]], "longitude": ["type": ["number", "string", "null"]],
        ],
    ]

    static let normalHours: OpenAPIJSON = [
        "type": "object", "required": ["day_of_week"],
        "description": "One day's regular hours; a day without an entry is closed. Times are local `HH:MM:SS`.",
        "properties": [
            "day_of_week": ["type": "string", "examples": ["MON"]], "open_at": ["type": nullable("string")],
            "close_at": ["type": nullable("string")], "location_id": ["type": nullable("integer")],
        ],
    ]

    static let specialHours: OpenAPIJSON = [
        "type": "object", "required": ["is_repeating"],
        "description": "Hours replacing the regular ones from `start_at` to `end_at`; no `open_at` means closed.",
        "properties": [
            "name": ["type": nullable("string")], "is_repeating": ["type": "boolean"],
            "open_at": ["type": nullable("string")], "close_at": ["type": nullable("string")],
            "start_at": ["type": nullable("string"), "examples": ["2026-12-25 00:00:00"]],
            "end_at": ["type": nullable("string")], "location_id": ["type": nullable("integer")],
        ],
    ]

    static let pageLinks: OpenAPIJSON = [
        "type": "object", "required": ["first", "last", "prev", "next"],
        "description": "Links as the upstream wrote them (they name the upstream's URL).",
        "properties": [
            "first": ["type": nullable("string")], "last": ["type": nullable("string")],
            "prev": ["type": nullable("string")], "next": ["type": nullable("string")],
        ],
    ]

    static let pageMeta: OpenAPIJSON = [
        "type": "object", "required": ["current_page", "from", "last_page", "path", "per_page", "to", "total"],
        "properties": [
            "current_page": ["type": "integer"], "from": ["type": nullable("integer")],
            "last_page": ["type": "integer"], "path": ["type": "string"], "per_page": ["type": "integer"],
            "to": ["type": nullable("integer")], "total": ["type": "integer"],
        ],
    ]

    static let jwks: OpenAPIJSON = [
        "type": "object", "required": ["keys"],
        "properties": [
            "keys": [
                "type": "array",
                "items": [
                    "type": "object", "required": ["kty", "kid", "alg"],
                    "properties": [
                        "kty": ["type": "string"], "kid": ["type": "string"], "alg": ["type": "string"],
                        "crv": ["type": "string"], "x": ["type": "string"], "y": ["type": "string"],
                    ],
                ],
            ]
        ],
    ]
}
