/// The body of `POST /id/api/v1/auth/token`: whom an ID token is for.
///
/// `id` `nil` asks for an anonymous token; `id` alone names an Omneo profile; `id` with
/// `idHandle` names an identity, e.g. `TokenRequest(id: "1004993MH", idHandle: "magento_id")`.
public struct TokenRequest: Codable, Sendable, Equatable {
    public var id: String?
    public var idHandle: String?

    public init(id: String? = nil, idHandle: String? = nil) {
        self.id = id
        self.idHandle = idHandle
    }

    enum CodingKeys: String, CodingKey {
        case id
        case idHandle = "id_handle"
    }
}

/// The `data` of a `POST /id/api/v1/auth/token` answer: `{"token": "<JWT>", "exp": <unix seconds>}`.
public struct TokenGrant: Codable, Sendable, Equatable {
    /// The ID token (a compact JWS).
    public var token: String
    /// The token's expiry, in Unix seconds (the JWT's `exp`).
    public var exp: Int

    public init(token: String, exp: Int) {
        self.token = token
        self.exp = exp
    }
}

/// `{"success": true}`, the `data` of answers that report only that they worked
/// (`POST /id/api/v1/profiles`).
public struct SuccessBody: Codable, Sendable, Equatable {
    public var success: Bool

    public init(success: Bool = true) {
        self.success = success
    }
}
