/// A redemption of a profile (`omneo-sdk` `src/types/redemptions.ts`, `Redemption`): what was
/// redeemed at once (`items`), e.g. the benefit `POST /profiles/me/benefits/claim-redeem`
/// claims and redeems. Decoding is lenient.
public struct Redemption: Codable, Sendable, Equatable {
    public var id: Int
    public var profileID: String?
    /// `redeem`, `return`, `reversal` (kept as sent).
    public var type: String?
    public var total: Double?
    public var redeemAt: String?
    public var items: [RedemptionItem]
    public var meta: JSONValue?
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        id: Int, profileID: String?, type: String? = "redeem", total: Double? = nil, redeemAt: String? = nil,
        items: [RedemptionItem] = [], meta: JSONValue? = nil, createdAt: String? = nil, updatedAt: String? = nil
    ) {
        self.id = id
        self.profileID = profileID
        self.type = type
        self.total = total
        self.redeemAt = redeemAt
        self.items = items
        self.meta = meta
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public enum CodingKeys: String, CodingKey {
        case id
        case profileID = "profile_id"
        case type, total
        case redeemAt = "redeem_at"
        case items, meta
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id) ?? 0
        profileID = try c.decodeLenientString(.profileID)
        type = try c.decodeLenientString(.type)
        total = try c.decodeLenientDouble(.total)
        redeemAt = try c.decodeLenientString(.redeemAt)
        items = try c.decodeArray(RedemptionItem.self, .items)
        meta = try c.decodeIfPresent(JSONValue.self, forKey: .meta)
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }
}

/// One thing a redemption redeemed (`src/types/redemptions.ts`, `RedemptionItem`): its `type`
/// (`benefit`, `reward`, `point`, `credit`) and, in `type_attributes`, that resource.
public struct RedemptionItem: Codable, Sendable, Equatable {
    public var id: Int
    public var type: String?
    public var count: Int?
    public var value: Double?
    public var typeAttributes: RedemptionItemAttributes?
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        id: Int, type: String?, count: Int? = nil, value: Double? = nil, typeAttributes: RedemptionItemAttributes?,
        createdAt: String? = nil, updatedAt: String? = nil
    ) {
        self.id = id
        self.type = type
        self.count = count
        self.value = value
        self.typeAttributes = typeAttributes
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The benefit redeemed, when `type` is `benefit`.
    public var benefit: Benefit? {
        if case .benefit(let benefit) = typeAttributes { return benefit }
        return nil
    }

    /// The credit redeemed, when `type` is `credit`.
    public var credit: Credit? {
        if case .credit(let credit) = typeAttributes { return credit }
        return nil
    }

    public enum CodingKeys: String, CodingKey {
        case id, type, count, value
        case typeAttributes = "type_attributes"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id) ?? 0
        type = try c.decodeLenientString(.type)
        count = try c.decodeLenientInt(.count)
        value = try c.decodeLenientDouble(.value)
        if type == "benefit", let benefit = try c.decodeIfPresent(Benefit.self, forKey: .typeAttributes) {
            typeAttributes = .benefit(benefit)
        } else if type == "credit", let credit = try c.decodeIfPresent(Credit.self, forKey: .typeAttributes) {
            typeAttributes = .credit(credit)
        } else {
            typeAttributes = try c.decodeIfPresent(JSONValue.self, forKey: .typeAttributes).map { .other($0) }
        }
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }
}

/// A redemption item's `type_attributes`: a benefit, a credit, or any other resource as sent.
public enum RedemptionItemAttributes: Codable, Sendable, Equatable {
    case benefit(Benefit)
    case credit(Credit)
    case other(JSONValue)

    public init(from decoder: any Decoder) throws {
        self = .other(try JSONValue(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .benefit(let benefit): try benefit.encode(to: encoder)
        case .credit(let credit): try credit.encode(to: encoder)
        case .other(let value): try value.encode(to: encoder)
        }
    }
}
