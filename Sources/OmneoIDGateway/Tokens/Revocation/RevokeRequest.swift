import OmneoHTTP

/// The body of `POST /auth/revoke`: one token (a log-out), or every token of one profile
/// (log out everywhere), named as for minting.
///
/// `{"token": "<ID token>"}` → ``token(_:)``; `{"id": …}` or `{"id": …, "id_handle": …}` →
/// ``profile(_:)`` (read by ``MintRequest``; numeric ids accepted as for minting). Both, neither,
/// or any other field → 422 naming the field.
enum RevokeRequest: Equatable {
    case token(String)
    case profile(MintRequest)

    init(_ body: [String: JSONValue]) throws(OmneoHTTPError) {
        var errors: [String: [String]] = [:]
        for key in body.keys where !["token", "id", "id_handle"].contains(key) {
            errors[key, default: []].append("The \(key) field is not allowed.")
        }
        let token: String?
        switch body["token"] {
        case nil, .null:
            token = nil
        case .string(let text) where !text.isEmpty && text.utf8.count <= TokenVerifier.maximumTokenLength:
            token = text
        default:
            token = nil
            errors["token", default: []].append("The token field must be an ID token.")
        }
        var identity: MintRequest = .anonymous
        do {
            identity = try MintRequest(body.filter { $0.key == "id" || $0.key == "id_handle" })
        } catch {
            if let fieldErrors = error.body.errors {
                errors.merge(fieldErrors) { $0 + $1 }
            }
        }
        guard errors.isEmpty else { throw .invalid(errors) }
        switch (token, identity) {
        case (let token?, .anonymous):
            self = .token(token)
        case (nil, .anonymous):
            throw .invalid("token", "The token field is required when id is not present.")
        case (nil, let identity):
            self = .profile(identity)
        case (.some, _):
            throw .invalid("token", "The token field is prohibited when id is present.")
        }
    }
}
