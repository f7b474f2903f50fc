import Foundation
import OmneoHTTP

/// The decoded `key=value` pairs of a query string, in order.
///
/// Keys and values are both percent-decoded and `+` reads as a space (form encoding, as
/// PHP and so Omneo read it), so `filter%5Bemail%5D=a%2Bb%40x.io` is `filter[email]` =
/// `a+b@x.io`. Invalid percent-encoding is a 400.
struct QueryParameters: Sendable {
    var pairs: [(key: String, value: String)]

    init(pairs: [(key: String, value: String)] = []) {
        self.pairs = pairs
    }

    init(query: String?) throws {
        pairs = []
        guard let query, !query.isEmpty else { return }
        for component in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = component.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let key = Self.decode(parts[0]), let value = Self.decode(parts.count > 1 ? parts[1] : "")
            else { throw OmneoHTTPError.badRequest("The query string is not validly encoded.") }
            pairs.append((key, value))
        }
    }

    /// The last value given for `key` (later values win, as in PHP).
    subscript(key: String) -> String? {
        pairs.last(where: { $0.key == key })?.value
    }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    /// The pairs re-encoded as a query string, brackets in keys left readable.
    var encoded: String {
        pairs.map { Self.encode($0.key, keepBrackets: true) + "=" + Self.encode($0.value, keepBrackets: false) }
            .joined(separator: "&")
    }

    private static let unreserved = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
    private static let unreservedAndBrackets = unreserved.union(CharacterSet(charactersIn: "[]"))

    private static func encode(_ text: String, keepBrackets: Bool) -> String {
        text.addingPercentEncoding(withAllowedCharacters: keepBrackets ? unreservedAndBrackets : unreserved) ?? ""
    }
}
