import Foundation
import OmneoModels

extension OmneoIDClient.Me {
    /// A page of the profile's credits, the latest issued first, each with its definition
    /// (`GET /profiles/me/credits`).
    public func credits(page: Int? = nil, pageSize: Int? = nil) async throws -> PageEnvelope<Credit> {
        try await client.page(Credit.self, path("credits"), query: pagingQuery(page: page, pageSize: pageSize))
    }

    /// Spends `amount` of one of the profile's credits, with its security code when it has
    /// one; returns the redemption (`POST /profiles/me/credits/{id}/redeem`).
    public func redeemCredit(_ id: Int, amount: Double, securityCode: String? = nil) async throws -> Redemption {
        try await client.data(
            Redemption.self, .post, path("credits", String(id), "redeem"),
            body: JSONCoding.body(CreditRedemption(amount: amount, securityCode: securityCode)))
    }
}

/// The body of a credit redemption.
private struct CreditRedemption: Encodable {
    let amount: Double
    let securityCode: String?

    enum CodingKeys: String, CodingKey {
        case amount
        case securityCode = "security_code"
    }
}
