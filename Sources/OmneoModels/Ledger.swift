/// One entry of a profile's ledger (`omneo-sdk` `src/types/profiles/ledger.ts`, `Ledger`;
/// `omneo/docs` `source/includes/endpoints/ledgers.md`): what a transaction, points or a
/// reward did to the profile's dollar and point balances. `type_attributes` is the subject
/// (a transaction, points, …) as Omneo sends it; the older `ledgerable_type` /
/// `ledgerable_subject` are read too. Decoding is lenient (values are often strings).
public struct Ledger: Codable, Sendable, Equatable {
    public var id: Int
    public var type: String?
    public var description: String?
    public var dollarValue: Double?
    public var dollarBalance: Double?
    public var pointValue: Double?
    public var pointBalance: Double?
    public var pointDollarValue: Double?
    public var expiresAt: String?
    public var typeAttributes: JSONValue?
    public var createdAt: String?

    public init(
        id: Int, type: String?, description: String?, dollarValue: Double?, dollarBalance: Double?,
        pointValue: Double?, pointBalance: Double?, pointDollarValue: Double?, expiresAt: String? = nil,
        typeAttributes: JSONValue? = nil, createdAt: String? = nil
    ) {
        self.id = id
        self.type = type
        self.description = description
        self.dollarValue = dollarValue
        self.dollarBalance = dollarBalance
        self.pointValue = pointValue
        self.pointBalance = pointBalance
        self.pointDollarValue = pointDollarValue
        self.expiresAt = expiresAt
        self.typeAttributes = typeAttributes
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id, type, description
        case dollarValue = "dollar_value"
        case dollarBalance = "dollar_balance"
        case pointValue = "point_value"
        case pointBalance = "point_balance"
        case pointDollarValue = "point_dollar_value"
        case expiresAt = "expires_at"
        case typeAttributes = "type_attributes"
        case createdAt = "created_at"
    }

    enum LegacyKeys: String, CodingKey {
        case ledgerableType = "ledgerable_type"
        case ledgerableSubject = "ledgerable_subject"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let legacy = try decoder.container(keyedBy: LegacyKeys.self)
        id = try c.decodeLenientInt(.id) ?? 0
        type = try c.decodeLenientString(.type) ?? legacy.decodeLenientString(.ledgerableType)
        description = try c.decodeLenientString(.description)
        dollarValue = try c.decodeLenientDouble(.dollarValue)
        dollarBalance = try c.decodeLenientDouble(.dollarBalance)
        pointValue = try c.decodeLenientDouble(.pointValue)
        pointBalance = try c.decodeLenientDouble(.pointBalance)
        pointDollarValue = try c.decodeLenientDouble(.pointDollarValue)
        expiresAt = try c.decodeLenientString(.expiresAt)
        typeAttributes =
            try c.decodeIfPresent(JSONValue.self, forKey: .typeAttributes)
            ?? legacy.decodeIfPresent(JSONValue.self, forKey: .ledgerableSubject)
        createdAt = try c.decodeLenientString(.createdAt)
    }
}
