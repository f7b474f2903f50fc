import OmneoHTTP

/// W3C trace context for the upstream hop: the caller's trace id is kept when its
/// `traceparent` is well-formed, and the gateway's hop gets a new parent id.
enum TraceParent {
    /// The `traceparent` to send upstream.
    static func next(after incoming: String?) -> String {
        var generator = BufferedSystemRandom()
        let span = generator.next() as UInt64
        if let incoming, let (traceID, flags) = parse(incoming) {
            let spanID = String(unsafeUninitializedCapacity: 16) { HexDigits.write(span, into: $0, at: 0) }
            return "00-\(traceID)-\(spanID)-\(flags)"
        }
        let high = generator.next() as UInt64
        let low = generator.next() as UInt64
        // "00-" + 32 hex trace id + "-" + 16 hex parent id + "-01": 55 bytes, written once.
        return String(unsafeUninitializedCapacity: 55) { buffer in
            buffer[0] = UInt8(ascii: "0")
            buffer[1] = UInt8(ascii: "0")
            buffer[2] = UInt8(ascii: "-")
            var offset = HexDigits.write(low, into: buffer, at: HexDigits.write(high, into: buffer, at: 3))
            buffer[offset] = UInt8(ascii: "-")
            offset = HexDigits.write(span, into: buffer, at: offset + 1)
            buffer[offset] = UInt8(ascii: "-")
            buffer[offset + 1] = UInt8(ascii: "0")
            buffer[offset + 2] = UInt8(ascii: "1")
            return offset + 3
        }
    }

    /// Trace id and flags of a well-formed version-00 `traceparent`.
    static func parse(_ value: String) -> (traceID: Substring, flags: Substring)? {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "00", parts[1].utf8.count == 32, parts[2].utf8.count == 16,
            parts[3].utf8.count == 2,
            parts[1...].allSatisfy({ $0.utf8.allSatisfy(isLowerHex) }),
            parts[1].contains(where: { $0 != "0" }), parts[2].contains(where: { $0 != "0" })
        else { return nil }
        return (parts[1], parts[3])
    }

    private static func isLowerHex(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
    }
}
