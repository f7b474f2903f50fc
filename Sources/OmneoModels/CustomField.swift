/// A tenant-defined field of a list (or another Omneo resource), addressed as
/// `{namespace}:{handle}` (`/profiles/{id}/lists/{list}/custom-fields/{namespace}:{handle}`).
///
/// Shape from `omneo-sdk` `src/types/custom-field.ts` (`CustomField`); `value` is whatever
/// JSON `type` says. Decoding is lenient: unknown keys ignored, `null` where Omneo allows it.
public struct CustomField: Codable, Sendable, Equatable {
    public var id: Int?
    public var name: String?
    public var namespace: String
    public var handle: String
    public var type: CustomFieldType
    public var value: JSONValue
    /// What the field belongs to (`product_list` for a list's fields).
    public var customFieldableType: String?
    public var customFieldableID: Int?
    public var isIndex: Bool?
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        id: Int? = nil, name: String? = nil, namespace: String, handle: String, type: CustomFieldType,
        value: JSONValue, customFieldableType: String? = nil, customFieldableID: Int? = nil, isIndex: Bool? = nil,
        createdAt: String? = nil, updatedAt: String? = nil
    ) {
        self.id = id
        self.name = name
        self.namespace = namespace
        self.handle = handle
        self.type = type
        self.value = value
        self.customFieldableType = customFieldableType
        self.customFieldableID = customFieldableID
        self.isIndex = isIndex
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, name, namespace, handle, type, value
        case customFieldableType = "custom_fieldable_type"
        case customFieldableID = "custom_fieldable_id"
        case isIndex = "is_index"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id)
        name = try c.decodeLenientString(.name)
        namespace = try c.decodeLenientString(.namespace) ?? ""
        handle = try c.decodeLenientString(.handle) ?? ""
        type = try c.decodeIfPresent(CustomFieldType.self, forKey: .type) ?? .string
        value = try c.decodeIfPresent(JSONValue.self, forKey: .value) ?? .null
        customFieldableType = try c.decodeLenientString(.customFieldableType)
        customFieldableID = try c.decodeLenientInt(.customFieldableID)
        isIndex = try c.decodeLenientBool(.isIndex)
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(namespace, forKey: .namespace)
        try c.encode(handle, forKey: .handle)
        try c.encode(type, forKey: .type)
        try c.encode(value, forKey: .value)
        try c.encode(customFieldableType, forKey: .customFieldableType)
        try c.encode(customFieldableID, forKey: .customFieldableID)
        try c.encode(isIndex, forKey: .isIndex)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
    }
}

/// The type of a ``CustomField``'s value (`src/types/custom-field.ts`); open like ``Gender``.
public struct CustomFieldType: OpenValue {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let string = CustomFieldType(rawValue: "string")
    public static let integer = CustomFieldType(rawValue: "integer")
    public static let float = CustomFieldType(rawValue: "float")
    public static let boolean = CustomFieldType(rawValue: "boolean")
    public static let json = CustomFieldType(rawValue: "json")
    public static let array = CustomFieldType(rawValue: "array")

    public static let allCases: [CustomFieldType] = [.string, .integer, .float, .boolean, .json, .array]

    /// Whether `value` is a value of this type (`null` is, as Omneo's type allows it).
    public func accepts(_ value: JSONValue) -> Bool {
        switch (self, value) {
        case (_, .null): true
        case (.string, .string), (.boolean, .bool), (.float, .number), (.array, .array): true
        case (.json, .object), (.json, .array): true
        case (.integer, .number(let number)): number.rounded() == number
        default: false
        }
    }
}

/// The body of `POST …/lists/{list}/custom-fields` (every field) and of `PUT
/// …/custom-fields/{namespace}:{handle}` (`name`, `type`, `value`; the address stays).
public struct CustomFieldFields: Codable, Sendable, Equatable {
    public var namespace: String?
    public var handle: String?
    public var name: String?
    public var type: CustomFieldType
    public var value: JSONValue

    public init(
        namespace: String? = nil, handle: String? = nil, name: String? = nil, type: CustomFieldType, value: JSONValue
    ) {
        self.namespace = namespace
        self.handle = handle
        self.name = name
        self.type = type
        self.value = value
    }
}
