import HTTPTypes
import OmneoHTTP

/// The gateway's 401s, with RFC 6750's `WWW-Authenticate: Bearer` challenge (the body stays
/// Omneo's `{"message":"Unauthenticated."}`).
extension OmneoHTTPError {
    /// No bearer credential at all: `WWW-Authenticate: Bearer`.
    static let bearerMissing = OmneoHTTPError(.unauthorized, .unauthenticated, headers: [.wwwAuthenticate: "Bearer"])
    /// A bearer credential that is malformed, expired, revoked or not accepted:
    /// `WWW-Authenticate: Bearer error="invalid_token"`.
    static let bearerInvalid = OmneoHTTPError(
        .unauthorized, .unauthenticated, headers: [.wwwAuthenticate: #"Bearer error="invalid_token""#])
}
