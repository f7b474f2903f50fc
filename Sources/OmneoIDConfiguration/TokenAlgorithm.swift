/// The JWS algorithm that signs (and alone verifies) ID tokens: `OMNEO_ID_TOKEN_ALG`.
public enum TokenAlgorithm: String, Sendable, CaseIterable {
    /// ECDSA P-256 with SHA-256 (default).
    case es256 = "ES256"
    /// Ed25519.
    case eddsa = "EdDSA"
    /// HMAC with SHA-256; the key is secret, so the JWKS publishes nothing.
    case hs256 = "HS256"
}
