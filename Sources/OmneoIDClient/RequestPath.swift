import Foundation

/// A path below the base URL, built from segments that are checked and percent-encoded.
///
/// A segment is text, not a path: it may not be empty, `.` or `..`, and may not hold `/`,
/// `\` or control characters. Everything but unreserved characters is percent-encoded, so
/// `"a b"` goes out as `a%20b` and `"%2e%2e"` as `%252e%252e` (which no server reads as `..`).
struct RequestPath: Sendable, Equatable {
    let segments: [String]

    init(_ segments: [String]) throws {
        for segment in segments {
            try Self.check(segment)
        }
        self.segments = segments
    }

    init(_ segments: String...) throws {
        try self.init(segments)
    }

    /// `"lists/wishlist/items"` split on `/`; empty segments (`//`, a leading or trailing `/`) are dropped.
    init(splitting path: String) throws {
        try self.init(path.split(separator: "/", omittingEmptySubsequences: true).map(String.init))
    }

    /// `segments` after this path's.
    func appending(_ more: [String]) throws -> RequestPath {
        try RequestPath(segments + more)
    }

    /// `/a/b%20c`.
    var encoded: String {
        segments.map { "/" + Self.encode($0) }.joined()
    }

    static func check(_ segment: String) throws {
        guard !segment.isEmpty else { throw OmneoIDError.invalidRequest("A path segment is empty.") }
        guard segment != "." && segment != ".." else {
            throw OmneoIDError.invalidRequest("A path segment may not be \"\(segment)\".")
        }
        guard !segment.unicodeScalars.contains(where: { $0 == "/" || $0 == "\\" || $0.properties.generalCategory == .control })
        else {
            throw OmneoIDError.invalidRequest("A path segment may not hold '/', '\\' or control characters.")
        }
    }

    static let unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }
}

/// Query items as a query string: names and values percent-encoded (brackets too, as
/// `%5B`/`%5D`, which Omneo decodes), order kept.
enum QueryString {
    static func encode(_ items: [URLQueryItem]) -> String {
        items.map { item in
            RequestPath.encode(item.name) + "=" + RequestPath.encode(item.value ?? "")
        }.joined(separator: "&")
    }
}
