import OmneoHTTP

/// Which query parameters `/locations` passes upstream: Omneo's own list parameters only
/// (`filter[…]`, `page[…]`, `sort`, `per_page`, `page`, `include`). Anything else is 400:
/// each distinct unknown parameter would otherwise be a fresh cache key, i.e. one more
/// upstream call on the service token (a cache-busting flood).
enum LocationQuery {
    static let plainNames: Set<String> = ["sort", "per_page", "page", "include"]
    static let bracketedPrefixes = ["filter[", "page["]

    static let unsupported = OmneoHTTPError.badRequest(
        "Unsupported query parameter: only filter[…], page[…], sort, per_page, page and include are accepted.")

    /// Throws the 400 when `query` (raw, without `?`) names a parameter not on the list.
    static func validate(_ query: Substring) throws(OmneoHTTPError) {
        for pair in query.split(separator: "&") {
            let rawName = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[0]
            guard isAccepted(decoded(rawName)) else { throw unsupported }
        }
    }

    static func isAccepted(_ name: String) -> Bool {
        if plainNames.contains(name) { return true }
        return bracketedPrefixes.contains { prefix in
            name.hasPrefix(prefix) && name.hasSuffix("]") && name.utf8.count > prefix.utf8.count + 1
        }
    }

    /// `%5B`/`%5D` (any case) read as brackets; any other escape stays as it is (and so
    /// makes the name unknown).
    static func decoded(_ raw: Substring) -> String {
        var bytes = Array(raw.utf8)
        var index = 0
        while index + 2 < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), bytes[index + 1] == UInt8(ascii: "5") {
                switch bytes[index + 2] {
                case UInt8(ascii: "B"), UInt8(ascii: "b"): bytes.replaceSubrange(index...(index + 2), with: [UInt8(ascii: "[")])
                case UInt8(ascii: "D"), UInt8(ascii: "d"): bytes.replaceSubrange(index...(index + 2), with: [UInt8(ascii: "]")])
                default: break
                }
            }
            index += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
