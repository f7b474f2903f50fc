import OmneoHTTP
import OmneoModels

/// The body of `PUT /profiles/{id}/attributes/appearance`: any of Omneo's appearance fields
/// (``ProfileAppearance/knownFields``), each a string of at most 50 characters, or `null` to clear it.
enum AppearanceInput {
    static func read(_ object: [String: JSONValue]) throws -> [String: Field<String>] {
        var reader = InputReader(object, mode: .update, allowed: Set(ProfileAppearance.knownFields))
        var fields: [String: Field<String>] = [:]
        for name in object.keys where ProfileAppearance.knownFields.contains(name) {
            fields[name] = reader.string(name, maxLength: 50)
        }
        try reader.errors.check()
        return fields
    }
}
