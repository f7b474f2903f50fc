/// One decoded, validated segment of a request path.
///
/// A `PathSegment` is never empty, `.` or `..`, and never holds `/`, `\`, NUL, control
/// bytes or invalid UTF-8, so it can be placed in an upstream path without changing
/// which resource the path names.
public struct PathSegment: Hashable, Sendable, CustomStringConvertible {
    /// The segment after one round of percent-decoding.
    public let decoded: String

    /// Validates an already-decoded segment; `nil` when it is not safe.
    public init?(decoded: String) {
        guard PathSegment.isSafe(decodedBytes: Array(decoded.utf8)) else { return nil }
        self.decoded = decoded
    }

    /// Decodes `raw` (as it stands in a request target) exactly once and validates the result.
    public init?(raw: Substring) {
        // Most segments hold no `%`: then the decoded segment is the raw one, checked by the
        // same rules (printable ASCII but `\`, not empty, `.` or `..`) with no byte array.
        if !raw.utf8.contains(UInt8(ascii: "%")) {
            guard PathSegment.isSafe(undecoded: raw.utf8) else { return nil }
            self.decoded = String(raw)
            return
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.utf8.count)
        var iterator = raw.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "%"):
                guard let high = iterator.next().flatMap(PercentEncoding.hexValue),
                    let low = iterator.next().flatMap(PercentEncoding.hexValue)
                else { return nil }
                bytes.append(high << 4 | low)
            case UInt8(ascii: "\\"), 0...0x20, 0x7f...0xff:
                // Raw backslash, space, control bytes and raw non-ASCII are not valid in a request target.
                return nil
            default:
                bytes.append(byte)
            }
        }
        guard PathSegment.isSafe(decodedBytes: bytes), let text = String(validating: bytes, as: UTF8.self) else {
            return nil
        }
        self.decoded = text
    }

    /// The segment percent-encoded for a path: every byte outside `A-Za-z0-9-._~` is encoded.
    public var encoded: String {
        PercentEncoding.encode(decoded.utf8, keeping: PathSegment.isUnreserved)
    }

    public var description: String { encoded }

    static func isSafe(decodedBytes bytes: [UInt8]) -> Bool {
        guard !bytes.isEmpty, bytes != [UInt8(ascii: ".")], bytes != [UInt8(ascii: "."), UInt8(ascii: ".")] else {
            return false
        }
        return !bytes.contains { byte in
            byte < 0x20 || byte == 0x7f || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "\\")
        }
    }

    /// `init(raw:)`'s byte rules and `isSafe(decodedBytes:)` together, for a segment without `%`.
    static func isSafe(undecoded bytes: Substring.UTF8View) -> Bool {
        guard !bytes.isEmpty, !bytes.elementsEqual(".".utf8), !bytes.elementsEqual("..".utf8) else { return false }
        return bytes.allSatisfy { byte in
            byte > 0x20 && byte < 0x7f && byte != UInt8(ascii: "\\") && byte != UInt8(ascii: "/")
        }
    }

    static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            true
        default:
            false
        }
    }
}
