import OmneoHTTP
import OmneoModels

/// The body of `POST /profiles/{id}/lists/{list}/custom-fields` (`namespace`, `handle`,
/// `type` and `value` required; `name` optional) and of `PUT …/custom-fields/{ns}:{handle}`
/// (`name`, `type`, `value`; a `namespace`/`handle` sent must be the path's). `omneo-sdk`
/// `src/types/custom-field.ts`, `CreateCustomFieldInput` / `UpdateCustomFieldInput`. `value`
/// must be of `type` (`null` allowed, as the SDK's type allows it).
struct ListCustomFieldInput: Sendable {
    var namespace: Field<String> = .absent
    var handle: Field<String> = .absent
    var name: Field<String> = .absent
    var type: CustomFieldType?
    var value: JSONValue?

    /// `existing` is the stored field on update.
    static func read(_ object: [String: JSONValue], existing: ListCustomFieldRecord?) throws -> ListCustomFieldInput {
        let mode: InputReader.Mode = existing == nil ? .create : .update
        var reader = InputReader(object, mode: mode, allowed: ["namespace", "handle", "name", "type", "value"])
        var input = ListCustomFieldInput()
        input.namespace = reader.string("namespace", required: true, nullable: false, maxLength: 100)
        input.handle = reader.string("handle", required: true, nullable: false, maxLength: 100)
        for (key, field) in [("namespace", input.namespace), ("handle", input.handle)] {
            guard let text = field.value else { continue }
            if text.contains(":") || text.contains("/") {
                reader.add(key, "The \(key) field must not contain : or /.")
            } else if let existing, text != (key == "namespace" ? existing.namespace : existing.handle) {
                reader.add(key, "The \(key) field cannot be changed.")
            }
        }
        input.name = reader.string("name")
        input.type = existing.map { CustomFieldType(rawValue: $0.type) }
        if let text = reader.string("type", required: mode == .create, nullable: false, maxLength: 20).value {
            if let known = CustomFieldType(known: text) {
                input.type = known
            } else {
                let allowed = CustomFieldType.allCases.map(\.rawValue).joined(separator: ", ")
                reader.add("type", "The selected type is invalid. Allowed: \(allowed).")
            }
        }
        if let value = object["value"] {
            input.value = value
            if let type = input.type, !reader.errors.has("type"), !type.accepts(value) {
                reader.add("value", "The value field must be of type \(type.rawValue).")
            }
        } else if mode == .create {
            reader.add("value", "The value field is required.")
        } else if object["type"] != nil {
            reader.add("value", "The value field is required when type is present.")
        }
        try reader.errors.check()
        return input
    }
}
