import Hummingbird
import OmneoHTTP

/// A profile's benefits, as `omneo-sdk` `src/id/resources/profile/benefits` calls them:
/// `/profiles/{id}/benefits[/{benefit}]` (list, get, update, DELETE → 204),
/// `…/benefits/{benefit}/redeem`, `…/benefits/claim`, `…/benefits/claim-redeem`,
/// `…/benefits/claimable`, `…/benefits/viewable` and `/profiles/{id}/redeemable_benefits`.
/// Another profile's benefit is 404.
struct ProfileBenefitRoutes {
    let store: any SandboxStore

    /// The most benefits a profile's redeemable list considers (the sandbox's scale).
    static let redeemableScanLimit = 10_000

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("profiles/:profile/benefits", use: index)
        group.get("profiles/:profile/benefits/claimable", use: claimable)
        group.get("profiles/:profile/benefits/viewable", use: viewable)
        group.post("profiles/:profile/benefits/claim", use: claim)
        group.post("profiles/:profile/benefits/claim-redeem", use: claimRedeem)
        group.get("profiles/:profile/redeemable_benefits", use: redeemable)
        group.get("profiles/:profile/benefits/:benefit", use: show)
        group.put("profiles/:profile/benefits/:benefit", use: update)
        group.delete("profiles/:profile/benefits/:benefit", use: delete)
        group.post("profiles/:profile/benefits/:benefit/redeem", use: redeem)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try await existingProfile(context)
        let parameters = try request.queryParameters()
        var query = try ListQuery.parse(parameters, schema: .benefits)
        query.conditions.append(.equals(column: "profile_id", value: .text(profileID)))
        let page = try await store.benefits(query)
        return Respond.page(
            try await Resources.benefits(page.items, store: store), total: page.total, page: query.page,
            request: request, parameters: parameters)
    }

    /// The profile's redeemable benefits (not expired, redemptions remaining), paged and
    /// filtered like the list.
    @Sendable func redeemable(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try await existingProfile(context)
        let parameters = try request.queryParameters()
        var query = try ListQuery.parse(parameters, schema: .benefits)
        let page = query.page
        query.conditions.append(.equals(column: "profile_id", value: .text(profileID)))
        query.page = PageRequest(number: 1, size: Self.redeemableScanLimit)
        let now = Timestamp.now()
        let redeemable = try await store.benefits(query).items.filter { BenefitRules.isRedeemable($0, now: now) }
        let slice = Array(redeemable.dropFirst(page.offset).prefix(page.size))
        return Respond.page(
            try await Resources.benefits(slice, store: store), total: redeemable.count, page: page, request: request,
            parameters: parameters)
    }

    /// Published definitions the profile may claim now (`data` is an array, ids as strings).
    @Sendable func claimable(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try await existingProfile(context)
        let now = Timestamp.now()
        var claimable: [BenefitDefinitionRecord] = []
        for definition in try await store.publishedBenefitDefinitions() {
            var query = StoreQuery(page: PageRequest(number: 1, size: 1))
            query.conditions = [
                .equals(column: "profile_id", value: .text(profileID)),
                .equals(column: "benefit_definition_id", value: .integer(definition.id ?? 0)),
            ]
            let held = try await store.benefits(query).total
            if BenefitRules.claimRefusal(definition, held: held, now: now) == nil { claimable.append(definition) }
        }
        return Respond.data(try Resources.listedBenefitDefinitions(claimable))
    }

    /// Published definitions (`data` is an array, ids as strings).
    @Sendable func viewable(_ request: Request, context: BasicRequestContext) async throws -> Response {
        _ = try await existingProfile(context)
        let definitions = try await store.publishedBenefitDefinitions().filter(BenefitRules.isViewable)
        return Respond.data(try Resources.listedBenefitDefinitions(definitions))
    }

    @Sendable func claim(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try await existingProfile(context)
        let input = try BenefitClaimInput.read(try await request.jsonObject())
        let (benefit, definition) = try await BenefitActions(store: store).claim(input, profileID: profileID)
        return Respond.created(Resources.benefit(benefit, definition: definition, now: Timestamp.now()))
    }

    /// Claims and redeems at once; answers the redemption.
    @Sendable func claimRedeem(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try await existingProfile(context)
        let input = try BenefitClaimInput.read(try await request.jsonObject())
        let actions = BenefitActions(store: store)
        let (benefit, _) = try await actions.claim(input, profileID: profileID)
        let (_, redemption) = try await actions.redeem(id: benefit.id ?? 0)
        return Respond.created(try await Resources.redemption(redemption, store: store))
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let record = try await ownBenefit(context)
        return Respond.data(try await Resources.benefits([record], store: store)[0])
    }

    @Sendable func update(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let record = try await ownBenefit(context)
        let updated = try await BenefitActions(store: store).update(id: record.id ?? 0, body: try await request.jsonObject())
        return Respond.data(try await Resources.benefits([updated], store: store)[0])
    }

    @Sendable func delete(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let record = try await ownBenefit(context)
        try await store.deleteBenefit(id: record.id ?? 0).orNotFound()
        return Respond.noContent()
    }

    /// Redeems the benefit once; answers the benefit (`omneo-sdk` `redeem(benefitID)`).
    @Sendable func redeem(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let record = try await ownBenefit(context)
        let (benefit, _) = try await BenefitActions(store: store).redeem(id: record.id ?? 0)
        return Respond.data(try await Resources.benefits([benefit], store: store)[0])
    }

    private func existingProfile(_ context: BasicRequestContext) async throws -> String {
        let profileID = try context.profileID()
        _ = try await store.profile(id: profileID).orNotFound()
        return profileID
    }

    /// The `{benefit}` of the `{profile}`; 404 for another profile's.
    private func ownBenefit(_ context: BasicRequestContext) async throws -> BenefitRecord {
        let profileID = try context.profileID()
        let record = try await store.benefit(id: try context.integer("benefit")).orNotFound()
        guard record.profileID == profileID else { throw OmneoHTTPError.notFound }
        return record
    }
}
