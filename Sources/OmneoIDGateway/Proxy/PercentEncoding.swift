/// Percent-encoding as RFC 3986 writes it (`%` and two upper-case hex digits): the one encoder
/// of upstream paths (``PathSegment/encoded``) and queries (``UpstreamQuery``).
enum PercentEncoding {
    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// `bytes` as text, every byte that `keep` refuses percent-encoded.
    static func encode(_ bytes: some Collection<UInt8>, keeping keep: (UInt8) -> Bool) -> String {
        var result = ""
        result.reserveCapacity(bytes.count)
        for byte in bytes {
            if keep(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                append(byte, to: &result)
            }
        }
        return result
    }

    /// Appends `byte` as `%XX`.
    static func append(_ byte: UInt8, to result: inout String) {
        result.unicodeScalars.append("%")
        result.unicodeScalars.append(Unicode.Scalar(hexDigits[Int(byte >> 4)]))
        result.unicodeScalars.append(Unicode.Scalar(hexDigits[Int(byte & 0x0f)]))
    }

    /// The value of one hex digit (either case), or `nil`.
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
