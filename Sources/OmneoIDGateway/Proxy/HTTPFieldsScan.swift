import HTTPTypes

/// Look-ups by a scan of the fields, for the data plane's answer headers. `HTTPFields`' name
/// subscript builds an index of every name on first use (and again after each change); for
/// the dozen fields of an answer, looked up a few times and changed in between, that cost more
/// (~3 % of a relayed request's CPU) than scanning.
extension HTTPFields {
    /// As `self[name]` (several values joined with `, `; not for `Cookie`).
    func scannedValue(_ name: HTTPField.Name) -> String? {
        var found: String?
        for field in self where field.name == name {
            found = found.map { $0 + ", " + field.value } ?? field.value
        }
        return found
    }

    /// Whether a field is named `name` (`self[name] != nil`).
    func hasField(_ name: HTTPField.Name) -> Bool {
        contains { $0.name == name }
    }

    /// As `self[name] = value`: appended when absent, else through the subscript (which
    /// replaces the first and drops the others).
    mutating func setScanned(_ name: HTTPField.Name, _ value: String) {
        if hasField(name) {
            self[name] = value
        } else {
            append(HTTPField(name: name, value: value))
        }
    }
}
