import HTTPTypes
import OmneoHTTP

/// The media types a write to the profile proxy may carry, whatever the profile policy.
///
/// Form bodies (`application/x-www-form-urlencoded`, `multipart/*`) are refused: Laravel
/// reads `_method` from them and would turn a permitted POST into another method upstream.
enum WriteMediaType {
    /// The lower-cased media type of `Content-Type`, without parameters; `nil` when absent.
    static func of(_ fields: HTTPFields) -> Substring? {
        guard let value = fields[.contentType] else { return nil }
        let type = value.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return Substring(type.trimmingSpaces().lowercased())
    }

    /// Throws 415 when a request that is not a read carries a form body.
    static func check(_ method: HTTPRequest.Method, _ fields: HTTPFields) throws {
        guard method != .get && method != .head, let type = of(fields) else { return }
        if type == "application/x-www-form-urlencoded" || type.hasPrefix("multipart/") {
            throw OmneoHTTPError.unsupportedMediaType("Form-encoded and multipart bodies are not accepted; send JSON.")
        }
    }

    /// Whether `type` is JSON (`application/json` or `application/…+json`).
    static func isJSON(_ type: Substring?) -> Bool {
        guard let type else { return false }
        return type == "application/json" || (type.hasPrefix("application/") && type.hasSuffix("+json"))
    }
}
