import Foundation
import OmneoModels

extension OmneoIDClient.Me {
    /// A page of the profile's benefits, the latest issued first, each with its definition;
    /// only those of one definition when `definitionID` is given (`GET /profiles/me/benefits`).
    public func benefits(definitionID: Int? = nil, page: Int? = nil, pageSize: Int? = nil) async throws
        -> PageEnvelope<Benefit>
    {
        try await client.page(Benefit.self, path("benefits"), query: benefitQuery(definitionID, page, pageSize))
    }

    /// One of the profile's benefits (`GET /profiles/me/benefits/{id}`).
    public func benefit(_ id: Int) async throws -> Benefit {
        try await client.data(Benefit.self, .get, path("benefits", String(id)))
    }

    /// Changes one of the profile's benefits (`PUT /profiles/me/benefits/{id}`).
    @discardableResult
    public func updateBenefit(_ id: Int, _ fields: BenefitFields) async throws -> Benefit {
        try await client.data(Benefit.self, .put, path("benefits", String(id)), body: JSONCoding.body(fields))
    }

    /// Deletes one of the profile's benefits (`DELETE /profiles/me/benefits/{id}`).
    public func deleteBenefit(_ id: Int) async throws {
        _ = try await client.send(.delete, path("benefits", String(id)))
    }

    /// Redeems one of the profile's benefits once; returns it, with one redemption fewer
    /// (`POST /profiles/me/benefits/{id}/redeem`).
    @discardableResult
    public func redeemBenefit(_ id: Int) async throws -> Benefit {
        try await client.data(Benefit.self, .post, path("benefits", String(id), "redeem"))
    }

    /// Claims a benefit of a claimable definition (`POST /profiles/me/benefits/claim`).
    public func claimBenefit(_ claim: BenefitClaim) async throws -> Benefit {
        try await client.data(Benefit.self, .post, path("benefits", "claim"), body: JSONCoding.body(claim))
    }

    /// Claims a benefit and redeems it at once; returns the redemption
    /// (`POST /profiles/me/benefits/claim-redeem`).
    public func claimAndRedeemBenefit(_ claim: BenefitClaim) async throws -> Redemption {
        try await client.data(Redemption.self, .post, path("benefits", "claim-redeem"), body: JSONCoding.body(claim))
    }

    /// The definitions the profile may claim now (`GET /profiles/me/benefits/claimable`).
    public func claimableBenefits() async throws -> [BenefitDefinition] {
        try await client.data([BenefitDefinition].self, .get, path("benefits", "claimable"))
    }

    /// The definitions the profile may see (`GET /profiles/me/benefits/viewable`).
    public func viewableBenefits() async throws -> [BenefitDefinition] {
        try await client.data([BenefitDefinition].self, .get, path("benefits", "viewable"))
    }

    /// A page of the profile's redeemable benefits (`GET /profiles/me/redeemable_benefits`).
    public func redeemableBenefits(definitionID: Int? = nil, page: Int? = nil, pageSize: Int? = nil) async throws
        -> PageEnvelope<Benefit>
    {
        try await client.page(
            Benefit.self, path("redeemable_benefits"), query: benefitQuery(definitionID, page, pageSize))
    }

    private func benefitQuery(_ definitionID: Int?, _ page: Int?, _ pageSize: Int?) -> [URLQueryItem] {
        var query = pagingQuery(page: page, pageSize: pageSize)
        if let definitionID {
            query.append(URLQueryItem(name: "filter[benefit_definition_id]", value: String(definitionID)))
        }
        return query
    }
}
