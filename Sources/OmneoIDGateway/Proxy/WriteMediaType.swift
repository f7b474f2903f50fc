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

    /// Whether `Content-Type` is JSON: as `isJSON(of(fields))`, without copying the usual
    /// `application/json[; charset=…]` (this runs per relayed answer).
    static func isJSON(_ fields: HTTPFields) -> Bool {
        guard let value = fields.scannedValue(.contentType) else { return false }
        var type = value.utf8.prefix { $0 != UInt8(ascii: ";") }
        while let first = type.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") { type = type.dropFirst() }
        while let last = type.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { type = type.dropLast() }
        return type.elementsEqual("application/json".utf8) || isJSON(of(fields))
    }

    /// Whether `type` is JSON (`application/json` or `application/…+json`).
    static func isJSON(_ type: Substring?) -> Bool {
        guard let type else { return false }
        return type == "application/json" || (type.hasPrefix("application/") && type.hasSuffix("+json"))
    }
}
