/// A validated origin-form request target: its non-empty path segments and raw query.
///
/// Built once per request from the raw target (never repaired): an absolute-form or
/// asterisk target, a `.`/`..` segment in any encoding, an encoded `/` or `\`, a raw `\`,
/// control bytes, bad percent-encoding or invalid UTF-8 make it fail. Empty segments
/// (`//`) are dropped, as Omneo's own clients send them.
public struct RequestTarget: Sendable, Equatable {
    public let segments: [PathSegment]
    /// The query exactly as received (without `?`); `nil` when there was none.
    public let query: Substring?

    /// Why a target was refused; each is answered 400.
    public enum Problem: Error, Equatable {
        case notOriginForm
        case unsafeSegment
        case invalidQuery
    }

    public init(raw: String) throws(Problem) {
        guard raw.utf8.first == UInt8(ascii: "/") else { throw .notOriginForm }
        let path: Substring
        // Searched as bytes (a `Character` search costs several times more); `?` is ASCII, so
        // the index is a valid `String` index.
        if let questionMark = raw.utf8.firstIndex(of: UInt8(ascii: "?")) {
            path = raw[..<questionMark]
            let query = raw[raw.utf8.index(after: questionMark)...]
            guard query.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7f && $0 != UInt8(ascii: "#") }) else {
                throw .invalidQuery
            }
            self.query = query
        } else {
            path = Substring(raw)
            self.query = nil
        }
        guard !path.utf8.contains(UInt8(ascii: "#")) else { throw .unsafeSegment }
        // Split at `/` by hand (no array of slices), empty segments dropped.
        var segments: [PathSegment] = []
        segments.reserveCapacity(8)
        let bytes = path.utf8
        var start = bytes.startIndex
        var index = start
        while true {
            let atEnd = index == bytes.endIndex
            if atEnd || bytes[index] == UInt8(ascii: "/") {
                if start != index {
                    guard let segment = PathSegment(raw: path[start..<index]) else { throw .unsafeSegment }
                    segments.append(segment)
                }
                if atEnd { break }
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        self.segments = segments
    }

    /// The segments after `prefix` when the path starts with it.
    public func segments(after prefix: [String]) -> ArraySlice<PathSegment>? {
        guard segments.count >= prefix.count,
            zip(segments, prefix).allSatisfy({ $0.decoded == $1 })
        else { return nil }
        return segments[prefix.count...]
    }
}

extension RequestTarget {
    /// `/`, before a request's own target is known.
    public static let root = try! RequestTarget(raw: "/")
}
