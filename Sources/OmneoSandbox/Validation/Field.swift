/// One field of a request body: not sent, sent as `null`, or sent with a value.
///
/// Distinguishes "leave unchanged" (absent) from "clear" (null) for partial updates.
enum Field<Value: Sendable>: Sendable {
    case absent
    case null
    case value(Value)

    var value: Value? {
        if case .value(let value) = self { return value }
        return nil
    }

    var isPresent: Bool {
        if case .absent = self { return false }
        return true
    }

    /// Sets `target` from the field unless the field is absent.
    func apply(to target: inout Value?) {
        switch self {
        case .absent: break
        case .null: target = nil
        case .value(let value): target = value
        }
    }

    /// Sets a non-optional `target` when a value was sent (readers refuse `null` for such fields).
    func apply(to target: inout Value) {
        if case .value(let value) = self { target = value }
    }
}
