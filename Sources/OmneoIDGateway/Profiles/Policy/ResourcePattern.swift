/// Which sub-resources of `/profiles/me` a policy rule covers, written as a path below it:
/// `/` is the profile itself, `/addresses/**` the addresses and everything below them,
/// `/attributes/custom/*:*` one custom attribute.
///
/// Segments are matched against the request's validated, decoded path segments. In a
/// segment, `*` stands for any run of characters (never a `/`); a last segment of `**`
/// stands for any number of further segments, none included.
public struct ResourcePattern: Sendable, Equatable, CustomStringConvertible {
    /// The pattern as written, e.g. `/lists/**`.
    public let description: String
    let segments: [Substring]
    /// Whether the pattern ends in `**`.
    let matchesDeeper: Bool

    /// Why a pattern cannot be used.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case notAbsolute
        case misplacedRest
        case emptySegment

        public var description: String {
            switch self {
            case .notAbsolute: "must start with `/` (e.g. `/addresses/**`; `/` is the profile itself)"
            case .misplacedRest: "`**` may only be the last segment"
            case .emptySegment: "has an empty, `.` or `..` segment"
            }
        }
    }

    public init(_ text: String) throws(Problem) {
        guard text.hasPrefix("/") else { throw .notAbsolute }
        var parts = text.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        if parts.last == "" { parts.removeLast() }  // `/` and `/lists/`
        var deeper = false
        if parts.last == "**" {
            deeper = true
            parts.removeLast()
        }
        for part in parts {
            if part.contains("**") { throw .misplacedRest }
            if part.isEmpty || part == "." || part == ".." { throw .emptySegment }
        }
        self.description = text
        self.segments = Array(parts)
        self.matchesDeeper = deeper
    }

    /// Whether `path` (the segments after `/profiles/me`) is covered.
    public func matches(_ path: some Collection<PathSegment>) -> Bool {
        if matchesDeeper ? path.count < segments.count : path.count != segments.count { return false }
        return zip(segments, path).allSatisfy { Self.glob($0, matches: $1.decoded[...]) }
    }

    /// `*` in `pattern` matches any run of characters of `text`; everything else literally.
    static func glob(_ pattern: Substring, matches text: Substring) -> Bool {
        let pieces = pattern.split(separator: "*", omittingEmptySubsequences: false)
        guard pieces.count > 1 else { return pattern == text }
        guard text.hasPrefix(pieces[0]) else { return false }
        var rest = text.dropFirst(pieces[0].count)
        for piece in pieces.dropFirst().dropLast() where !piece.isEmpty {
            guard let range = rest.firstRange(of: piece) else { return false }
            rest = rest[range.upperBound...]
        }
        let last = pieces[pieces.count - 1]
        return rest.count >= last.count && rest.hasSuffix(last)
    }
}
