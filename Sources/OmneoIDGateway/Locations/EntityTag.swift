import Crypto
import NIOCore

/// Strong entity tags for buffered bodies and `If-None-Match` evaluation.
enum EntityTag {
    /// `"` + unpadded base64url SHA-256 of `body` + `"`: equal bytes, equal tag.
    static func strong(for body: ByteBuffer) -> String {
        let digest = body.withUnsafeReadableBytes { SHA256.hash(data: $0) }
        return "\"" + Base64URL.encode(digest) + "\""
    }

    /// Whether an `If-None-Match` field (all its values) matches `etag`, by weak
    /// comparison (RFC 9110 §13.1.2): `*`, or any listed tag with the same opaque part,
    /// with or without `W/`.
    static func matches(ifNoneMatch values: some Sequence<String>, etag: String) -> Bool {
        let wanted = etag.utf8
        for value in values {
            var bytes = value.utf8[...]
            while let first = bytes.first {
                switch first {
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ","):
                    bytes = bytes.dropFirst()
                case UInt8(ascii: "*"):
                    return true
                default:
                    if bytes.starts(with: "W/".utf8) { bytes = bytes.dropFirst(2) }
                    guard bytes.first == UInt8(ascii: "\"") else { return false }  // Malformed: no match.
                    let body = bytes.dropFirst()
                    guard let close = body.firstIndex(of: UInt8(ascii: "\"")) else { return false }
                    let tag = bytes[..<body.index(after: close)]
                    if tag.elementsEqual(wanted) { return true }
                    bytes = body[body.index(after: close)...]
                }
            }
        }
        return false
    }
}
