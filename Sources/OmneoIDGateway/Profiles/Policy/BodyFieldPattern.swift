import OmneoHTTP

/// A body field a policy rule refuses, by its path of keys: `tags`, `attributes.comms`,
/// `*_bounced` (any top-level key ending in `_bounced`), `attributes.comms.*_bounced`.
///
/// `*` in a key stands for any run of characters. Arrays are looked through: `identities.handle`
/// matches `handle` in every object of an `identities` array. A field counts as present
/// whatever its value, `null` included.
public struct BodyFieldPattern: Sendable, Equatable, CustomStringConvertible {
    /// As written, e.g. `attributes.comms.*_bounced`.
    public let description: String
    let keys: [Substring]

    public init?(_ text: String) {
        let keys = text.split(separator: ".", omittingEmptySubsequences: false)
        guard !keys.contains(where: \.isEmpty) else { return nil }
        self.description = text
        self.keys = keys
    }

    /// The first key path in `body` this pattern matches, e.g. `attributes.comms.email_bounced`.
    public func firstMatch(in body: JSONValue) -> String? {
        Self.firstMatch(keys[...], in: body, prefix: "")
    }

    private static func firstMatch(_ keys: ArraySlice<Substring>, in value: JSONValue, prefix: String) -> String? {
        switch value {
        case .array(let elements):
            for element in elements {
                if let found = firstMatch(keys, in: element, prefix: prefix) { return found }
            }
            return nil
        case .object(let object):
            guard let key = keys.first else { return nil }
            for name in object.keys.sorted() where ResourcePattern.glob(key, matches: name[...]) {
                let path = prefix.isEmpty ? name : prefix + "." + name
                if keys.count == 1 { return path }
                if let found = firstMatch(keys.dropFirst(), in: object[name]!, prefix: path) { return found }
            }
            return nil
        default:
            return nil
        }
    }
}
