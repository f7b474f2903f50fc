import Foundation

/// The JSON settings the client reads and writes with (the models carry their own snake_case keys).
enum JSONCoding {
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static var decoder: JSONDecoder { JSONDecoder() }

    /// `value` as a JSON body.
    static func body(_ value: some Encodable) throws -> Data {
        do {
            return try encoder.encode(value)
        } catch {
            throw OmneoIDError.invalidRequest("The body cannot be encoded as JSON: \(error)")
        }
    }
}
