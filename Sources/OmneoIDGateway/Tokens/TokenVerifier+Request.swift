import Hummingbird
import OmneoHTTP

extension TokenVerifier {
    /// The verified ID token of the request's `Authorization: Bearer …` header; 401
    /// `{"message":"Unauthenticated."}` when it is missing (`WWW-Authenticate: Bearer`),
    /// malformed, or does not verify (`Bearer error="invalid_token"`).
    func authenticate(_ request: Request) throws(OmneoHTTPError) -> VerifiedToken {
        guard let bearer = BearerToken.from(request) else { throw .bearerMissing }
        do {
            return try verify(String(bearer))
        } catch {
            throw .bearerInvalid
        }
    }
}
