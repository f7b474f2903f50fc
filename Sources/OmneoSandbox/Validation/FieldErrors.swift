import OmneoHTTP

/// Validation messages collected per field, so that every problem is reported at once.
struct FieldErrors: Sendable {
    private(set) var messages: [String: [String]] = [:]

    var isEmpty: Bool { messages.isEmpty }

    mutating func add(_ field: String, _ message: String) {
        messages[field, default: []].append(message)
    }

    func has(_ field: String) -> Bool { messages[field] != nil }

    /// Throws a 422 listing every message, if there is any.
    func check() throws {
        if !messages.isEmpty { throw OmneoHTTPError.invalid(messages) }
    }
}
