/// Lower-case hexadecimal text without intermediate strings (request ids, `traceparent`, token
/// ids, API-token digests): the one hex encoder.
package enum HexDigits {
    private static let digits: StaticString = "0123456789abcdef"

    /// Writes `value` as 16 lower-case hex digits (zero-padded) at `offset`; returns the offset after them.
    @inline(__always)
    package static func write(_ value: UInt64, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
        digits.withUTF8Buffer { table in
            var value = value
            var index = offset + 15
            while index >= offset {
                buffer[index] = table[Int(value & 0xf)]
                value >>= 4
                index -= 1
            }
        }
        return offset + 16
    }

    /// `bytes` as lower-case hex, two digits each.
    package static func string(_ bytes: some Collection<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count * 2) { buffer in
            digits.withUTF8Buffer { table in
                var index = 0
                for byte in bytes {
                    buffer[index] = table[Int(byte >> 4)]
                    buffer[index + 1] = table[Int(byte & 0xf)]
                    index += 2
                }
            }
            return bytes.count * 2
        }
    }
}
