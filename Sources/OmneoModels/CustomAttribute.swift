/// A tenant-defined attribute of a profile, addressed as `{namespace}:{handle}`
/// (`/profiles/{id}/attributes/custom/{namespace}:{handle}`).
///
/// Shape from `omneo-sdk` `src/types/profile/custom-attribute.ts`; `value` is whatever JSON
/// `type` says (`string`, `integer`, `boolean`, `json`). Decoding is lenient.
public struct CustomAttribute: Codable, Sendable, Equatable {
    public var id: Int?
    public var profileID: ProfileID?
    public var namespace: String
    public var handle: String
    public var type: CustomAttributeType
    public var value: JSONValue
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        id: Int? = nil, profileID: ProfileID? = nil, namespace: String, handle: String, type: CustomAttributeType,
        value: JSONValue, createdAt: String? = nil, updatedAt: String? = nil
    ) {
        self.id = id
        self.profileID = profileID
        self.namespace = namespace
        self.handle = handle
        self.type = type
        self.value = value
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case profileID = "profile_id"
        case namespace, handle, type, value
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id)
        profileID = try c.decodeIfPresent(ProfileID.self, forKey: .profileID)
        namespace = try c.decodeLenientString(.namespace) ?? ""
        handle = try c.decodeLenientString(.handle) ?? ""
        type = try c.decodeIfPresent(CustomAttributeType.self, forKey: .type) ?? .string
        value = try c.decodeIfPresent(JSONValue.self, forKey: .value) ?? .null
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }

    public func encode(to encoder: any Encoder) throws {
        // Omneo writes every field, `null` included.
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(profileID, forKey: .profileID)
        try c.encode(namespace, forKey: .namespace)
        try c.encode(handle, forKey: .handle)
        try c.encode(type, forKey: .type)
        try c.encode(value, forKey: .value)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
    }
}

/// The type of a ``CustomAttribute``'s value; open like ``Gender``.
public struct CustomAttributeType: OpenValue {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let string = CustomAttributeType(rawValue: "string")
    public static let integer = CustomAttributeType(rawValue: "integer")
    public static let boolean = CustomAttributeType(rawValue: "boolean")
    public static let json = CustomAttributeType(rawValue: "json")

    public static let allCases: [CustomAttributeType] = [.string, .integer, .boolean, .json]

    /// Whether `value` is a value of this type (`null` never is; `json` takes anything else).
    public func accepts(_ value: JSONValue) -> Bool {
        switch (self, value) {
        case (_, .null): false
        case (.string, .string), (.boolean, .bool), (.json, _): true
        case (.integer, let value): value.integer != nil
        default: false
        }
    }
}

/// The body of `PUT /profiles/me/attributes/custom/{namespace}:{handle}`.
public struct CustomAttributeFields: Codable, Sendable, Equatable {
    public var type: CustomAttributeType
    public var value: JSONValue

    public init(type: CustomAttributeType, value: JSONValue) {
        self.type = type
        self.value = value
    }
}
