import OmneoHTTP
import OmneoModels

/// The body of `PUT /profiles/{id}/attributes/custom/{namespace}:{handle}`: `type` (`string`,
/// `integer`, `boolean`, `json`; required when the attribute is new) and a `value` of that type.
struct CustomAttributeInput: Sendable {
    var type: CustomAttributeType?
    var value: JSONValue

    /// `existingType` is the stored attribute's type, if there is one.
    static func read(_ object: [String: JSONValue], existingType: CustomAttributeType?) throws -> CustomAttributeInput {
        var reader = InputReader(object, mode: existingType == nil ? .create : .update, allowed: ["type", "value"])
        var type = existingType
        if let text = reader.string("type", required: true, nullable: false, maxLength: 20).value {
            if let known = CustomAttributeType(known: text) {
                type = known
            } else {
                reader.add("type", "The selected type is invalid. Allowed: string, integer, boolean, json.")
            }
        }
        let value = object["value"] ?? .null
        if object["value"] == nil || value == .null {
            reader.add("value", "The value field is required.")
        } else if let type, !reader.errors.has("type"), !type.accepts(value) {
            reader.add("value", "The value field must be of type \(type.rawValue).")
        }
        try reader.errors.check()
        return CustomAttributeInput(type: type, value: value)
    }
}
