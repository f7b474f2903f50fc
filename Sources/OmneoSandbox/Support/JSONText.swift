import Foundation
import OmneoModels

/// Free-form JSON (`meta`) stored as text in a column, and read back.
enum JSONText {
    static func encode(_ value: JSONValue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (try? encoder.encode(value)).flatMap { String(data: $0, encoding: .utf8) } ?? "null"
    }

    /// The JSON in `text`; `nil` for `nil` or text that is not JSON (never written by the sandbox).
    static func decode(_ text: String?) -> JSONValue? {
        guard let text else { return nil }
        return try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }
}
