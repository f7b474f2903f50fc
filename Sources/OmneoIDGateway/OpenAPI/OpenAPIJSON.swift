/// A JSON value written as a Swift literal, for building the OpenAPI document.
///
/// Object keys keep no order of their own: the document is encoded with sorted keys.
indirect enum OpenAPIJSON: Encodable, Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([OpenAPIJSON])
    case object([String: OpenAPIJSON])

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// The object's members; empty for anything else.
    var members: [String: OpenAPIJSON] {
        if case .object(let members) = self { return members }
        return [:]
    }

    /// `self` with `other`'s members added (theirs win); `self` when either is not an object.
    func merging(_ other: OpenAPIJSON) -> OpenAPIJSON {
        guard case .object(var members) = self, case .object(let more) = other else { return self }
        members.merge(more) { _, new in new }
        return .object(members)
    }
}

extension OpenAPIJSON: ExpressibleByDictionaryLiteral, ExpressibleByArrayLiteral, ExpressibleByStringLiteral,
    ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral, ExpressibleByNilLiteral
{
    init(dictionaryLiteral elements: (String, OpenAPIJSON)...) {
        self = .object(Dictionary(elements) { _, last in last })
    }

    init(arrayLiteral elements: OpenAPIJSON...) { self = .array(elements) }
    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .int(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(nilLiteral: ()) { self = .null }
}
