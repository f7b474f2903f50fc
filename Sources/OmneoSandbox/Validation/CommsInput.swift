import OmneoHTTP
import OmneoModels

/// Reads comms flags (`{"email_promo": true, …}`): only documented flags, booleans only.
enum CommsInput {
    static func read(_ object: [String: JSONValue], prefix: String, errors: inout FieldErrors) -> [String: Bool] {
        var flags: [String: Bool] = [:]
        for (name, value) in object {
            guard let key = CommsKey(name) else {
                errors.add(prefix + name, "The \(prefix + name) comms flag is not supported.")
                continue
            }
            guard case .bool(let flag) = value else {
                errors.add(prefix + name, "\(InputReader.label(prefix + name)) must be true or false.")
                continue
            }
            flags[key.name] = flag
        }
        return flags
    }
}
