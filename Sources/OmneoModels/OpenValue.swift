/// A string value from an open set: Omneo documents some values, but a value it adds later
/// (or a tenant's own) decodes and round-trips instead of failing the whole resource.
///
/// ``allCases`` are the documented values, the only ones strict input validation accepts.
public protocol OpenValue: RawRepresentable, Hashable, Codable, Sendable, CustomStringConvertible
where RawValue == String {
    init(rawValue: String)
    /// The documented values, in a stable order.
    static var allCases: [Self] { get }
}

extension OpenValue {
    /// The documented value named `text`; `nil` for any other.
    public init?(known text: String) {
        guard let value = Self.allCases.first(where: { $0.rawValue == text }) else { return nil }
        self = value
    }

    /// Whether this is one of ``allCases``.
    public var isKnown: Bool { Self.allCases.contains(self) }

    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
