import Hummingbird
import OmneoHTTP
import OmneoModels

/// A profile's credits, as `omneo-sdk` `src/id/resources/profile/credits` calls them:
/// `/profiles/{id}/credits[/{credit}]` (paged, the latest issued first,
/// `filter[credit_definition_id]`) and `…/credits/{credit}/redeem {"amount", "security_code"}`.
/// Another profile's credit is 404.
struct ProfileCreditRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("profiles/:profile/credits", use: index)
        group.get("profiles/:profile/credits/:credit", use: show)
        group.post("profiles/:profile/credits/:credit/redeem", use: redeem)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try context.profileID()
        _ = try await store.profile(id: profileID).orNotFound()
        let parameters = try request.queryParameters()
        var query = try ListQuery.parse(parameters, schema: .credits)
        query.conditions.append(.equals(column: "profile_id", value: .text(profileID)))
        let page = try await store.credits(query)
        return Respond.page(
            try await Resources.credits(page.items, store: store), total: page.total, page: query.page,
            request: request, parameters: parameters)
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let record = try await ownCredit(context)
        return Respond.data(try await Resources.credits([record], store: store)[0])
    }

    /// Spends `amount` of the credit (422 when it has expired, holds less, or the security
    /// code is wrong); answers the redemption, 201.
    @Sendable func redeem(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let record = try await ownCredit(context)
        var reader = InputReader(try await request.jsonObject(), mode: .create, allowed: ["amount", "security_code"])
        let amount = reader.number("amount", required: true, nullable: false, range: 0.01...1e9).value ?? 0
        let code = reader.string("security_code", nullable: false).value
        try reader.errors.check()
        let now = Timestamp.now()
        let redeemed = try await store.updateCredit(id: record.id ?? 0) { credit in
            if let expected = credit.securityCode, !ConstantTime.equals(expected, code ?? "") {
                throw OmneoHTTPError.invalid("security_code", "The security code is invalid.")
            }
            guard ProfileBalancesRule.isLive(credit.expiresAt, now) else {
                throw OmneoHTTPError.invalid("amount", "The credit has expired.")
            }
            guard amount <= credit.valueRemaining + 0.000_001 else {
                throw OmneoHTTPError.invalid("amount", "The amount may not be greater than the credit's value remaining.")
            }
            credit.valueRemaining = max(0, credit.valueRemaining - amount)
            credit.updatedAt = now
        }
        let credit = try redeemed.orNotFound()
        let redemption = try await store.insertRedemption(
            RedemptionRecord(
                profileID: credit.profileID, total: amount, redeemAt: now,
                items: [RedeemedItem(type: "credit", id: credit.id ?? 0, value: amount)], createdAt: now,
                updatedAt: now))
        return Respond.created(try await Resources.redemption(redemption, store: store))
    }

    /// The `{credit}` of the `{profile}`; 404 for another profile's.
    private func ownCredit(_ context: BasicRequestContext) async throws -> CreditRecord {
        let profileID = try context.profileID()
        let record = try await store.credit(id: try context.integer("credit")).orNotFound()
        guard record.profileID == profileID else { throw OmneoHTTPError.notFound }
        return record
    }
}
