/// One key as stored in the private keys file: a JWK (RFC 7517/7518/8037) plus `iat`.
///
/// Members: `kty` (`EC`, `OKP` or `oct`), `crv` (`P-256` or `Ed25519`; absent for `oct`),
/// `alg` (`ES256`, `EdDSA` or `HS256`), `use` (`sig`), `kid`, public `x`/`y`, private `d`,
/// secret `k` (HS256), the custom member `iat`: when the key was created, in Unix seconds,
/// and the optional custom member `nbf`: when a staged key starts signing (`keys rotate
/// --activate-after`; absent: it signs from its creation). Unknown members are ignored.
struct PrivateJWK: Codable, Sendable, Equatable {
    var kty: String
    var crv: String?
    var alg: String?
    var use: String?
    var kid: String?
    var x: String?
    var y: String?
    var d: String?
    var k: String?
    var iat: Int?
    var nbf: Int? = nil
}

/// The private keys file: `{"keys": [...]}`, oldest key first.
struct PrivateJWKS: Codable, Sendable, Equatable {
    var keys: [PrivateJWK]
}
