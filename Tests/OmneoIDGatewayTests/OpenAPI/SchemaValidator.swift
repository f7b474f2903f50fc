/// Checks a JSON value against the subset of JSON Schema 2020-12 the OpenAPI document uses:
/// `$ref` (within the document), `type`, `enum`, `const`, `required`, `properties`,
/// `additionalProperties`, `items`, `anyOf`, `minimum`, `maximum`, `minLength`, `maxLength`, `maxItems`.
struct SchemaValidator {
    /// The whole OpenAPI document, for resolving `#/…` references.
    let document: JSON

    /// Problems found, as `path: message`; empty when `value` conforms.
    func problems(_ value: JSON, against schema: JSON, at path: String = "$") -> [String] {
        guard case .object(let schema) = schema else { return [] }
        if let ref = schema["$ref"]?.string {
            guard let target = resolve(ref) else { return ["\(path): unresolved \(ref)"] }
            return problems(value, against: target, at: path)
        }
        var found: [String] = []
        if let types = schema["type"] {
            let allowed = types.array?.compactMap(\.string) ?? [types.string].compactMap { $0 }
            if !allowed.contains(where: { Self.isOfType(value, $0) }) {
                return ["\(path): \(value) is not \(allowed)"]
            }
        }
        if let options = schema["enum"]?.array, !options.contains(value) {
            found.append("\(path): \(value) not in enum")
        }
        if let constant = schema["const"], constant != value {
            found.append("\(path): \(value) is not \(constant)")
        }
        if let anyOf = schema["anyOf"]?.array, !anyOf.contains(where: { problems(value, against: $0, at: path).isEmpty }) {
            found.append("\(path): matches none of anyOf")
        }
        switch value {
        case .object(let object):
            for key in schema["required"]?.array?.compactMap(\.string) ?? [] where object[key] == nil {
                found.append("\(path): missing \(key)")
            }
            let properties = schema["properties"]?.object ?? [:]
            for (key, member) in object {
                if let propertySchema = properties[key] {
                    found += problems(member, against: propertySchema, at: "\(path).\(key)")
                } else if let additional = schema["additionalProperties"] {
                    found +=
                        additional == .bool(false)
                        ? ["\(path): unexpected \(key)"] : problems(member, against: additional, at: "\(path).\(key)")
                }
            }
        case .array(let array):
            if let items = schema["items"] {
                for (index, item) in array.enumerated() { found += problems(item, against: items, at: "\(path)[\(index)]") }
            }
            if let maxItems = schema["maxItems"]?.number, Double(array.count) > maxItems { found.append("\(path): too many items") }
        case .number(let number):
            if let minimum = schema["minimum"]?.number, number < minimum { found.append("\(path): below minimum") }
            if let maximum = schema["maximum"]?.number, number > maximum { found.append("\(path): above maximum") }
        case .string(let text):
            let length = Double(text.unicodeScalars.count)
            if let maxLength = schema["maxLength"]?.number, length > maxLength { found.append("\(path): too long") }
            if let minLength = schema["minLength"]?.number, length < minLength { found.append("\(path): too short") }
        default:
            break
        }
        return found
    }

    /// The value at a `#/a/b` pointer into the document.
    func resolve(_ ref: String) -> JSON? {
        guard ref.hasPrefix("#/") else { return nil }
        var current: JSON? = document
        for part in ref.dropFirst(2).split(separator: "/") {
            let key = part.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            current = current?[key]
        }
        return current
    }

    /// `value` with `$ref`s followed, for walking responses and headers.
    func dereferenced(_ value: JSON?) -> JSON? {
        if let ref = value?["$ref"]?.string { return dereferenced(resolve(ref)) }
        return value
    }

    static func isOfType(_ value: JSON, _ type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("object", .object), ("array", .array), ("string", .string),
            ("number", .number):
            true
        case ("integer", .number(let number)): number.rounded() == number
        default: false
        }
    }
}
