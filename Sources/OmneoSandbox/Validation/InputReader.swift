import Foundation
import OmneoHTTP

/// Reads and checks the fields of a JSON object body, collecting every problem.
///
/// On create, `required` fields must be present, non-null and non-empty; on update they may
/// be absent but not null or empty. Fields not in `allowed` are reported as not allowed.
struct InputReader {
    enum Mode: Sendable { case create, update }

    let object: [String: JSONValue]
    let mode: Mode
    /// Prefix of the field names in messages, for nested objects (`address.`).
    let prefix: String
    var errors: FieldErrors

    init(
        _ object: [String: JSONValue], mode: Mode, allowed: Set<String>, prefix: String = "",
        errors: FieldErrors = .init()
    ) {
        self.object = object
        self.mode = mode
        self.prefix = prefix
        self.errors = errors
        for key in object.keys.sorted() where !allowed.contains(key) {
            self.errors.add(prefix + key, "The \(prefix + key) field is not allowed.")
        }
    }

    static func label(_ field: String) -> String {
        "The " + field.replacingOccurrences(of: "_", with: " ") + " field"
    }

    /// The raw value of `key`, after the required / nullable checks (problems are recorded).
    private mutating func raw(_ key: String, required: Bool, nullable: Bool) -> Field<JSONValue> {
        let name = prefix + key
        switch object[key] {
        case nil:
            if required && mode == .create { errors.add(name, "\(Self.label(name)) is required.") }
            return .absent
        case .null?:
            if required {
                errors.add(name, "\(Self.label(name)) is required.")
            } else if !nullable {
                errors.add(name, "\(Self.label(name)) must not be null.")
            }
            return .null
        case let value?:
            return .value(value)
        }
    }

    mutating func string(_ key: String, required: Bool = false, nullable: Bool = true, maxLength: Int = 255)
        -> Field<String>
    {
        let name = prefix + key
        switch raw(key, required: required, nullable: nullable) {
        case .absent: return .absent
        case .null: return .null
        case .value(.string(let text)):
            if required && text.trimmingCharacters(in: .whitespaces).isEmpty {
                errors.add(name, "\(Self.label(name)) is required.")
            } else if text.count > maxLength {
                errors.add(name, "\(Self.label(name)) must not be greater than \(maxLength) characters.")
            }
            return .value(text)
        case .value:
            errors.add(name, "\(Self.label(name)) must be a string.")
            return .absent
        }
    }

    /// A string, or a whole number taken as its decimal text (external ids often arrive as numbers).
    mutating func identifier(_ key: String, required: Bool = false, maxLength: Int = 255) -> Field<String> {
        if let number = object[key]?.integer {
            return .value(String(number))
        }
        return string(key, required: required, maxLength: maxLength)
    }

    mutating func integer(_ key: String, required: Bool = false, nullable: Bool = true, range: ClosedRange<Int>? = nil)
        -> Field<Int>
    {
        let name = prefix + key
        switch raw(key, required: required, nullable: nullable) {
        case .absent: return .absent
        case .null: return .null
        case .value(let value):
            guard let number = value.integer else {
                errors.add(name, "\(Self.label(name)) must be an integer.")
                return .absent
            }
            if let range, !range.contains(number) {
                errors.add(name, "\(Self.label(name)) must be between \(range.lowerBound) and \(range.upperBound).")
            }
            return .value(number)
        }
    }

    /// A number, or its decimal text (Omneo writes coordinates as strings, e.g. `"-33.87"`).
    mutating func number(
        _ key: String, required: Bool = false, nullable: Bool = true, range: ClosedRange<Double>? = nil
    ) -> Field<Double> {
        let name = prefix + key
        var value = raw(key, required: required, nullable: nullable)
        if case .value(.string(let text)) = value, let number = Double(text), number.isFinite {
            value = .value(.number(number))
        }
        switch value {
        case .absent: return .absent
        case .null: return .null
        case .value(.number(let number)):
            if let range, !range.contains(number) {
                errors.add(name, "\(Self.label(name)) must be between \(range.lowerBound) and \(range.upperBound).")
            }
            return .value(number)
        case .value:
            errors.add(name, "\(Self.label(name)) must be a number.")
            return .absent
        }
    }

    mutating func boolean(_ key: String, required: Bool = false) -> Field<Bool> {
        let name = prefix + key
        switch raw(key, required: required, nullable: false) {
        case .absent: return .absent
        case .null: return .null
        case .value(.bool(let flag)): return .value(flag)
        case .value:
            errors.add(name, "\(Self.label(name)) must be true or false.")
            return .absent
        }
    }

    /// An array of strings, each at most `maxLength` characters.
    mutating func strings(_ key: String, maxLength: Int = 255) -> Field<[String]> {
        let name = prefix + key
        switch raw(key, required: false, nullable: false) {
        case .absent: return .absent
        case .null: return .null
        case .value(.array(let values)):
            var strings: [String] = []
            for (index, value) in values.enumerated() {
                guard case .string(let text) = value, !text.isEmpty, text.count <= maxLength else {
                    errors.add(
                        "\(name).\(index)",
                        "Each \(name) entry must be a non-empty string of at most \(maxLength) characters.")
                    continue
                }
                strings.append(text)
            }
            return .value(strings)
        case .value:
            errors.add(name, "\(Self.label(name)) must be an array.")
            return .absent
        }
    }

    mutating func array(_ key: String) -> Field<[JSONValue]> {
        let name = prefix + key
        switch raw(key, required: false, nullable: false) {
        case .absent: return .absent
        case .null: return .null
        case .value(.array(let values)): return .value(values)
        case .value:
            errors.add(name, "\(Self.label(name)) must be an array.")
            return .absent
        }
    }

    mutating func object(_ key: String, nullable: Bool = false) -> Field<[String: JSONValue]> {
        let name = prefix + key
        switch raw(key, required: false, nullable: nullable) {
        case .absent: return .absent
        case .null: return .null
        case .value(.object(let value)): return .value(value)
        case .value:
            errors.add(name, "\(Self.label(name)) must be an object.")
            return .absent
        }
    }

    /// A free-form JSON object (`meta`), kept as its JSON text.
    mutating func jsonObject(_ key: String) -> Field<String> {
        switch object(key, nullable: true) {
        case .absent: return .absent
        case .null: return .null
        case .value(let value): return .value(JSONText.encode(.object(value)))
        }
    }

    /// Adds a message for `key` (prefixed).
    mutating func add(_ key: String, _ message: String) {
        errors.add(prefix + key, message)
    }
}
