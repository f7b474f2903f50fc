import OmneoHTTP

/// The body of `POST /auth/token`: whom the ID token is for.
///
/// `id` missing, `null` or `""` → anonymous (`id_handle` ignored); `id` alone → an Omneo
/// profile id; `id` with `id_handle` → an identity (`{"id":"1004993MH","id_handle":"magento_id"}`).
/// A numeric `id` is taken as its decimal string.
enum MintRequest: Equatable {
    case anonymous
    case profile(id: String)
    case identity(handle: String, identifier: String)

    /// Longest `id` or `id_handle` accepted.
    static let maxLength = 255

    init(_ body: [String: JSONValue]) throws(OmneoHTTPError) {
        var errors: [String: [String]] = [:]
        for key in body.keys where key != "id" && key != "id_handle" {
            errors[key, default: []].append("The \(key) field is not allowed.")
        }
        var id: String?
        switch body["id"] {
        case nil, .null:
            id = nil
        case .string(let text):
            id = text.isEmpty ? nil : text
        case .number(let number):
            if let integer = Int64(exactly: number), integer >= 0 {
                id = String(integer)
            } else {
                errors["id", default: []].append("The id field must be a string or a whole number.")
            }
        default:
            errors["id", default: []].append("The id field must be a string or a whole number.")
        }
        var handle: String?
        switch body["id_handle"] {
        case nil, .null:
            handle = nil
        case .string(let text):
            handle = text.isEmpty ? nil : text
        default:
            errors["id_handle", default: []].append("The id handle field must be a string.")
        }
        if let id, id.count > Self.maxLength || id.contains(where: { $0.isNewline || $0 == "\0" }) {
            errors["id", default: []].append("The id field must be at most \(Self.maxLength) characters on one line.")
        }
        if let handle, handle.count > Self.maxLength || handle.contains(where: { $0.isNewline || $0 == "\0" }) {
            errors["id_handle", default: []].append(
                "The id handle field must be at most \(Self.maxLength) characters on one line.")
        }
        guard errors.isEmpty else { throw .invalid(errors) }
        switch (id, handle) {
        case (nil, _): self = .anonymous
        case (let id?, nil): self = .profile(id: id)
        case (let id?, let handle?): self = .identity(handle: handle, identifier: id)
        }
    }
}
