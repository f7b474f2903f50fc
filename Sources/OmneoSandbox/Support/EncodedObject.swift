import Foundation
import OmneoModels

/// A model's JSON object, for the few answers where Omneo writes a field differently from how
/// the shared model encodes it (text where the model holds a number, `null` where it omits).
enum EncodedObject {
    /// `value` encoded, with `overrides` replacing (or adding) fields.
    static func json(_ value: some Encodable, overriding overrides: [String: JSONValue]) -> JSONValue {
        guard let data = try? JSONEncoder().encode(value),
            case .object(let object) = try? JSONDecoder().decode(JSONValue.self, from: data)
        else { return .null }
        return .object(object.merging(overrides) { _, override in override })
    }
}
