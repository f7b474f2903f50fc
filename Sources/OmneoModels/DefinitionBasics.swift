/// The fields every kind of definition has (benefit, credit, reward and point definitions),
/// decoded leniently in one place: the definitions' decoders read these first.
struct DefinitionBasics: Decodable {
    var id: Int
    var name: String?
    var handle: String?
    var description: String?
    var tags: [String]
    var createdAt: String?
    var updatedAt: String?

    enum CodingKeys: String, CodingKey {
        case id, name, handle, description, tags
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id) ?? 0
        name = try c.decodeLenientString(.name)
        handle = try c.decodeLenientString(.handle)
        description = try c.decodeLenientString(.description)
        tags = try c.decodeLenientStrings(.tags)
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }
}

/// What a benefit, credit or reward definition issues and for how long: its `type`, `value`
/// and `period` of `period_type`, decoded leniently in one place.
struct IssuedValueTerms: Decodable {
    var type: String?
    var value: Double?
    var period: Int?
    var periodType: String?

    enum CodingKeys: String, CodingKey {
        case type, value, period
        case periodType = "period_type"
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        type = try c.decodeLenientString(.type)
        value = try c.decodeLenientDouble(.value)
        period = try c.decodeLenientInt(.period)
        periodType = try c.decodeLenientString(.periodType)
    }
}
