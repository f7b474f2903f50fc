/// W3C trace context for the upstream hop: the caller's trace id is kept when its
/// `traceparent` is well-formed, and the gateway's hop gets a new parent id.
enum TraceParent {
    /// The `traceparent` to send upstream.
    static func next(after incoming: String?) -> String {
        var generator = SystemRandomNumberGenerator()
        let spanID = hex(generator.next() as UInt64, digits: 16)
        if let incoming, let (traceID, flags) = parse(incoming) {
            return "00-\(traceID)-\(spanID)-\(flags)"
        }
        let traceID = hex(generator.next() as UInt64, digits: 16) + hex(generator.next() as UInt64, digits: 16)
        return "00-\(traceID)-\(spanID)-01"
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

    private static func hex(_ value: UInt64, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: digits - text.count) + text
    }
}
