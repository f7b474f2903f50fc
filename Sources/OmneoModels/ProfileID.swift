/// The id of an Omneo profile, guaranteed safe to place in one URL path segment.
///
/// Only `[A-Za-z0-9-]{1,64}` is accepted, so a `ProfileID` can never hold `/`, `..`,
/// percent signs or control bytes. Omneo issues UUIDs; integrators' numeric ids also fit.
public struct ProfileID: Hashable, Sendable, CustomStringConvertible {
    /// The validated id text.
    public let rawValue: String

    /// Returns `nil` unless `rawValue` matches `[A-Za-z0-9-]{1,64}`.
    public init?(_ rawValue: some StringProtocol) {
        guard Self.isValid(rawValue) else { return nil }
        self.rawValue = String(rawValue)
    }

    /// Whether `text` matches `[A-Za-z0-9-]{1,64}`.
    public static func isValid(_ text: some StringProtocol) -> Bool {
        let utf8 = text.utf8
        guard (1...64).contains(utf8.count) else { return false }
        return utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
                true
            default:
                false
            }
        }
    }

    public var description: String { rawValue }
}

extension ProfileID: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        // Integrators' numeric ids may arrive as JSON numbers.
        let text = try (try? container.decode(Int.self)).map(String.init) ?? container.decode(String.self)
        guard let id = ProfileID(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "A profile id is 1 to 64 of [A-Za-z0-9-].")
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
