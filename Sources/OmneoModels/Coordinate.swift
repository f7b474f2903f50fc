/// A latitude or longitude in decimal degrees, as Omneo writes it: decimal text (`"-37.8136"`,
/// `omneo-sdk` `src/types/address.ts`, `src/types/location.ts`, `src/types/interaction.ts`).
///
/// Decoding also takes a JSON number (the SDK's newer generated types say `number`); encoding
/// writes the text. ``text`` always parses as a finite number, so ``degrees`` cannot fail.
public struct Coordinate: Codable, Sendable, Hashable, CustomStringConvertible, ExpressibleByFloatLiteral {
    /// The decimal text, as received or as formatted from a number.
    public let text: String
    /// The value in degrees.
    public let degrees: Double

    /// `nil` unless `text` (spaces trimmed) is a finite decimal number.
    public init?(text: String) {
        let trimmed = String(text.trimmingSpaces)
        guard let degrees = Double(trimmed), degrees.isFinite else { return nil }
        self.text = trimmed
        self.degrees = degrees
    }

    /// `nil` for an infinite or NaN value.
    public init?(degrees: Double) {
        guard degrees.isFinite else { return nil }
        self.degrees = degrees
        self.text = Self.format(degrees)
    }

    public init(floatLiteral value: Double) {
        self.degrees = value
        self.text = Self.format(value)
    }

    public var description: String { text }

    /// Equal when the degrees are: `"-33.8688"` and `"-33.86880"` are the same place.
    public static func == (lhs: Coordinate, rhs: Coordinate) -> Bool { lhs.degrees == rhs.degrees }

    public func hash(into hasher: inout Hasher) { hasher.combine(degrees) }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            guard let value = Coordinate(text: text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "Expected a coordinate in decimal degrees.")
            }
            self = value
        } else {
            let number = try container.decode(Double.self)
            guard let value = Coordinate(degrees: number) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "Expected a finite coordinate.")
            }
            self = value
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    /// The shortest decimal text of `value` (`-37.8136`, `144.9631`, `0`).
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}

extension KeyedDecodingContainer {
    /// A coordinate as text or a number; `nil` for a missing key, `null` or `""`.
    public func decodeLenientCoordinate(_ key: Key) throws -> Coordinate? {
        guard let text = try decodeLenientString(key), !text.trimmingSpaces.isEmpty else { return nil }
        guard let value = Coordinate(text: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: codingPath + [key], debugDescription: "Expected a coordinate in decimal degrees."))
        }
        return value
    }
}
