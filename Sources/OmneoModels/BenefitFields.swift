/// What a shopper may change on one of their benefits (`PUT /profiles/me/benefits/{id}`,
/// `omneo-sdk` `src/types/benefits.ts`, `RequestUpdateBenefit`); `nil` fields are not sent.
/// `expires_at` is local to the benefit's time zone (`YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS`).
public struct BenefitFields: Codable, Sendable, Equatable {
    public var externalID: String?
    public var expiresAt: String?
    public var value: Double?
    public var meta: JSONValue?

    public init(externalID: String? = nil, expiresAt: String? = nil, value: Double? = nil, meta: JSONValue? = nil) {
        self.externalID = externalID
        self.expiresAt = expiresAt
        self.value = value
        self.meta = meta
    }

    enum CodingKeys: String, CodingKey {
        case externalID = "external_id"
        case expiresAt = "expires_at"
        case value, meta
    }
}

/// A claim of a benefit (`POST /profiles/me/benefits/claim` and `…/claim-redeem`,
/// `ClaimBenefitInput`): the `definition`'s handle (or id, as text) and the shopper's IANA
/// `timezone`.
public struct BenefitClaim: Codable, Sendable, Equatable {
    public var definition: String
    public var timezone: String?

    public init(definition: String, timezone: String? = nil) {
        self.definition = definition
        self.timezone = timezone
    }
}
