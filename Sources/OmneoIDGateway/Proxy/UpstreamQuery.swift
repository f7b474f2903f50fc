/// The query to put on an upstream URL: the client's raw query, byte for byte, except
/// that bytes a URL may not hold (`[`, `]`, `{`, `|`, space, non-ASCII, a `%` that
/// does not start an escape, …) are percent-encoded, as a browser would have sent them.
/// Existing escapes are never decoded or encoded again.
enum UpstreamQuery {
    static func encode(_ raw: Substring) -> String {
        if raw.utf8.allSatisfy(isAllowedAsIs) && !raw.utf8.contains(UInt8(ascii: "%")) {
            return String(raw)
        }
        let bytes = Array(raw.utf8)
        var result = ""
        result.reserveCapacity(bytes.count + 16)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count,
                PercentEncoding.hexValue(bytes[index + 1]) != nil, PercentEncoding.hexValue(bytes[index + 2]) != nil
            {
                result.unicodeScalars.append("%")
                result.unicodeScalars.append(Unicode.Scalar(bytes[index + 1]))
                result.unicodeScalars.append(Unicode.Scalar(bytes[index + 2]))
                index += 3
                continue
            }
            if byte != UInt8(ascii: "%") && isAllowedAsIs(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                PercentEncoding.append(byte, to: &result)
            }
            index += 1
        }
        return result
    }

    /// RFC 3986 query characters: unreserved, sub-delims, `:`, `@`, `/`, `?`.
    static func isAllowedAsIs(_ byte: UInt8) -> Bool {
        if PathSegment.isUnreserved(byte) { return true }
        switch byte {
        case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("),
            UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"),
            UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: "@"), UInt8(ascii: "/"), UInt8(ascii: "?"):
            return true
        default:
            return false
        }
    }
}
