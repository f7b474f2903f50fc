import OmneoModels

/// A path below the upstream's base path (`/profiles/{id}/…`, `/locations/12`), percent-encoded
/// and starting with `/`: the only kind of path ``Upstream`` and ``Forwarder`` call.
///
/// It is built only from a fixed resource name written in the source (a string literal, never
/// an interpolation: `"/auth/verify"`), a ``ProfileID`` and validated ``PathSegment``s, so
/// nothing a client sends can change which upstream resource is named.
public struct UpstreamPath: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The encoded path, e.g. `/profiles/5f3c…/lists/a%20b`.
    public let encoded: String

    private init(encoded: String) {
        self.encoded = encoded
    }

    /// A fixed resource path: a literal of `/`-separated unreserved characters (`"/profiles/search-id"`).
    public init(stringLiteral literal: StaticString) {
        let text = literal.description
        precondition(
            text.utf8.first == UInt8(ascii: "/") && text.utf8.allSatisfy { $0 == UInt8(ascii: "/") || PathSegment.isUnreserved($0) },
            "an upstream path literal is /-separated unreserved characters: \(text)")
        self.encoded = text
    }

    /// `/profiles/{id}`, the one profile a request may reach, then `rest`.
    public static func profile(_ id: ProfileID, _ rest: some Sequence<PathSegment> = [PathSegment]()) -> UpstreamPath {
        // A `ProfileID` is `[A-Za-z0-9-]{1,64}`: nothing to encode.
        UpstreamPath(encoded: "/profiles/" + id.rawValue).appending(rest)
    }

    /// This path followed by `segments`, each percent-encoded.
    public func appending(_ segments: some Sequence<PathSegment>) -> UpstreamPath {
        UpstreamPath(encoded: segments.reduce(into: encoded) { $0 += "/" + $1.encoded })
    }

    /// This path followed by a fixed one (`.profile(id).appending("/attributes/comms")`).
    public func appending(_ fixed: UpstreamPath) -> UpstreamPath {
        UpstreamPath(encoded: encoded + fixed.encoded)
    }

    public var description: String { encoded }
}
