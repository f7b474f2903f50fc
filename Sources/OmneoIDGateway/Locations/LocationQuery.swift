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

    /// `%5B`/`%5D` (any case) read as brackets; any other escape makes the name unknown.
    static func decoded(_ raw: Substring) -> String {
        raw.replacingOccurrences(of: "%5B", with: "[").replacingOccurrences(of: "%5b", with: "[")
            .replacingOccurrences(of: "%5D", with: "]").replacingOccurrences(of: "%5d", with: "]")
    }
}
