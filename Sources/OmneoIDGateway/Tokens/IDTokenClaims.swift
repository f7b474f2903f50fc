import JWTKit
import OmneoModels

/// The claims of an ID token as the issuer writes them (DESIGN §2.1), exactly these members.
///
/// `sub` is omitted for anonymous tokens; `pid` is then the string `"null"`, which is what
/// Omneo's own ID service emits and its clients decode. Verification does not go through this
/// type's ``verify(using:)``: ``TokenVerifier`` checks every claim itself.
struct IDTokenClaims: JWTPayload, Equatable {
    var iss: String
    var aud: String
    var sub: String?
    var pid: String
    var scope: String
    var iat: Int
    var nbf: Int
    var exp: Int
    var jti: String

    /// The `pid` of an anonymous token.
    static let anonymousProfileClaim = "null"

    init(scope: TokenScope, settings: TokenSettings, issuedAt: Int, tokenID: String) {
        self.iss = settings.issuer
        self.aud = settings.audience
        self.sub = scope.profileID?.rawValue
        self.pid = scope.profileID?.rawValue ?? Self.anonymousProfileClaim
        self.scope = scope.claimValue
        self.iat = issuedAt
        self.nbf = issuedAt
        self.exp = issuedAt + settings.ttl
        self.jti = tokenID
    }

    func verify(using _: some JWTAlgorithm) async throws {}
}
