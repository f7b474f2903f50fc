import HTTPTypes
import Hummingbird

extension HTTPField.Name {
    /// `X-Request-Id`.
    public static let requestID = HTTPField.Name("X-Request-Id")!
}

/// A request's correlation id: a well-formed incoming `X-Request-Id`, or a new random one.
public enum RequestID {
    /// Whether `value` is up to 128 of `[A-Za-z0-9._-]`.
    public static func isWellFormed(_ value: some StringProtocol) -> Bool {
        let utf8 = value.utf8
        guard (1...128).contains(utf8.count) else { return false }
        return utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
                true
            default:
                false
            }
        }
    }

    /// The request's id: its own when well-formed (and the only one), else a new one.
    public static func of(_ request: Request) -> String {
        of(request.headers)
    }

    /// The id of a request with these headers: its own when well-formed (and the only one), else a new one.
    public static func of(_ headers: HTTPFields) -> String {
        var values = headers[values: .requestID].makeIterator()
        if let value = values.next(), values.next() == nil, isWellFormed(value) {
            return value
        }
        return generate()
    }

    /// 128 random bits as 32 hex digits.
    public static func generate() -> String {
        var generator = BufferedSystemRandom()
        let high = generator.next() as UInt64
        let low = generator.next() as UInt64
        return String(unsafeUninitializedCapacity: 32) { buffer in
            HexDigits.write(low, into: buffer, at: HexDigits.write(high, into: buffer, at: 0))
        }
    }
}
