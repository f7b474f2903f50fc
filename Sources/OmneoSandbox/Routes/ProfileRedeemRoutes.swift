import Hummingbird
import OmneoHTTP
import OmneoModels

/// `POST /profiles/{id}/redeem {"amount": n}` (`omneo-sdk` `src/id` `profile.redeem(amount)`,
/// `src/types/profile/redeem.ts`): spends `amount` dollars of the profile's rewards and points
/// (``ProfileRedeemer``) and answers the redemption with the balances after it.
struct ProfileRedeemRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.post("profiles/:profile/redeem", use: redeem)
    }

    @Sendable func redeem(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try context.profileID()
        _ = try await store.profile(id: profileID).orNotFound()
        var reader = InputReader(try await request.jsonObject(), mode: .create, allowed: ["amount"])
        let amount = reader.number("amount", required: true, nullable: false, range: 0.01...1e9).value
        try reader.errors.check()
        let (redemption, balances) = try await ProfileRedeemer(store: store).redeem(
            profileID: profileID, amount: amount ?? 0)
        return Respond.created(
            ProfileRedeem(
                id: redemption.id ?? 0, profileID: profileID, total: redemption.total,
                totalLocalised: redemption.total, balances: balances, createdAt: redemption.createdAt,
                updatedAt: redemption.updatedAt))
    }
}
