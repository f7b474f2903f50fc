/// Decoding helpers for the values Omneo writes in more than one way: ids and numbers as
/// JSON numbers or as strings, flags as booleans or `0`/`1`, and `null` for "not recorded".
///
/// Each returns `nil` for a missing key, `null` or `""`, and throws only for a value that
/// cannot mean the type at all (an object where a number belongs, `"abc"` for an id).
extension KeyedDecodingContainer {
    /// A string, or a number written as its decimal text (`7` → `"7"`).
    public func decodeLenientString(_ key: Key) throws -> String? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let text = try? decode(String.self, forKey: key) { return text }
        if let int = try? decode(Int.self, forKey: key) { return String(int) }
        if let number = try? decode(Double.self, forKey: key) { return String(number) }
        if let flag = try? decode(Bool.self, forKey: key) { return String(flag) }
        throw DecodingError.typeMismatch(
            String.self, .init(codingPath: codingPath + [key], debugDescription: "Expected a string or a number."))
    }

    /// A whole number, or its decimal text (`"7"` → `7`).
    public func decodeLenientInt(_ key: Key) throws -> Int? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let int = try? decode(Int.self, forKey: key) { return int }
        if let text = try? decode(String.self, forKey: key) {
            let trimmed = text.trimmingSpaces
            if trimmed.isEmpty { return nil }
            if let int = Int(trimmed) { return int }
        }
        throw DecodingError.typeMismatch(
            Int.self, .init(codingPath: codingPath + [key], debugDescription: "Expected a whole number or its text."))
    }

    /// A number, or its decimal text (`"-33.87"` → `-33.87`).
    public func decodeLenientDouble(_ key: Key) throws -> Double? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let number = try? decode(Double.self, forKey: key) { return number }
        if let text = try? decode(String.self, forKey: key) {
            let trimmed = text.trimmingSpaces
            if trimmed.isEmpty { return nil }
            if let number = Double(trimmed), number.isFinite { return number }
        }
        throw DecodingError.typeMismatch(
            Double.self, .init(codingPath: codingPath + [key], debugDescription: "Expected a number or its text."))
    }

    /// `true`/`false`, `1`/`0`, or the text of either.
    public func decodeLenientBool(_ key: Key) throws -> Bool? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let flag = try? decode(Bool.self, forKey: key) { return flag }
        if let int = try? decode(Int.self, forKey: key), int == 0 || int == 1 { return int == 1 }
        if let text = try? decode(String.self, forKey: key) {
            switch text.trimmingSpaces.lowercased() {
            case "": return nil
            case "true", "1": return true
            case "false", "0": return false
            default: break
            }
        }
        throw DecodingError.typeMismatch(
            Bool.self, .init(codingPath: codingPath + [key], debugDescription: "Expected true, false, 1 or 0."))
    }

    /// An array whose key may be missing or `null`; `[]` then.
    public func decodeArray<T: Decodable>(_ type: T.Type, _ key: Key) throws -> [T] {
        try decodeIfPresent([T].self, forKey: key) ?? []
    }

    /// Strings (numbers taken as their text) whose key may be missing or `null`; `[]` then.
    public func decodeLenientStrings(_ key: Key) throws -> [String] {
        try decodeIfPresent([LenientString].self, forKey: key)?.map(\.value) ?? []
    }
}

/// A string that Omneo may also write as a number, for arrays of such values.
struct LenientString: Decodable {
    let value: String

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            value = text
        } else if let int = try? container.decode(Int.self) {
            value = String(int)
        } else {
            value = String(try container.decode(Double.self))
        }
    }
}

extension String {
    var trimmingSpaces: Substring {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return text
    }
}
