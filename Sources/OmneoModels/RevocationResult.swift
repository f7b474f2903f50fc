/// The `data` of `POST /auth/revoke`'s answer: `{"data":{"revoked":true}}`.
public struct RevocationResult: Codable, Sendable, Equatable {
    public var revoked: Bool

    public init(revoked: Bool) {
        self.revoked = revoked
    }
}

/// The body of `POST /id/api/v1/auth/revoke`: `{"token": …}` (one token), or `{"id": …}` /
/// `{"id": …, "id_handle": …}` (every token of that profile issued up to now).
public struct RevocationRequest: Codable, Sendable, Equatable {
    public var token: String?
    public var id: String?
    public var idHandle: String?

    /// Revokes one ID token.
    public static func token(_ token: String) -> RevocationRequest {
        RevocationRequest(token: token)
    }

    /// Revokes every ID token of the profile `id` (or of the identity `id` under `idHandle`).
    public static func profile(id: String, idHandle: String? = nil) -> RevocationRequest {
        RevocationRequest(id: id, idHandle: idHandle)
    }

    private init(token: String? = nil, id: String? = nil, idHandle: String? = nil) {
        self.token = token
        self.id = id
        self.idHandle = idHandle
    }

    enum CodingKeys: String, CodingKey {
        case token, id
        case idHandle = "id_handle"
    }
}
