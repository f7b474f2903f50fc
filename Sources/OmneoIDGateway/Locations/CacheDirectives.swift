/// The parts of an upstream `Cache-Control` header the locations cache obeys.
///
/// `no-store`, `no-cache` and `private` (qualified or not) keep a response out of the
/// cache; `s-maxage` (this is a shared cache), else `max-age`, bounds how long it stays.
struct CacheDirectives: Equatable, Sendable {
    var noStore = false
    var noCache = false
    var isPrivate = false
    var maxAge: Int?
    var sharedMaxAge: Int?

    /// Parses every `Cache-Control` value; unknown directives are ignored, a malformed
    /// age counts as 0 (RFC 9111 §4.2.1: treat invalid freshness as stale).
    init(_ values: some Sequence<String>) {
        for value in values {
            for directive in value.split(separator: ",") {
                let parts = directive.split(separator: "=", maxSplits: 1)
                guard let rawName = parts.first?.trimmingSpaces(), !rawName.isEmpty else { continue }
                let name = rawName.lowercased()
                let argument = parts.count > 1 ? parts[1].trimmingSpaces() : nil
                switch name {
                case "no-store": noStore = true
                case "no-cache": noCache = true
                case "private": isPrivate = true
                case "max-age": maxAge = Self.seconds(argument)
                case "s-maxage": sharedMaxAge = Self.seconds(argument)
                default: continue
                }
            }
        }
    }

    /// How long a response may be served from the cache: `min(ttl, s-maxage ?? max-age)`,
    /// or `nil` when it must not be stored at all.
    func lifetime(limit ttl: Int) -> Int? {
        guard !noStore, !noCache, !isPrivate else { return nil }
        let lifetime = min(ttl, sharedMaxAge ?? maxAge ?? ttl)
        return lifetime > 0 ? lifetime : nil
    }

    private static func seconds(_ argument: Substring?) -> Int {
        guard var text = argument else { return 0 }
        if text.count >= 2, text.first == "\"", text.last == "\"" { text = text.dropFirst().dropLast() }
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            return 0
        }
        return Int(text) ?? Int.max  // Overflow means "very long", capped by the TTL.
    }
}
