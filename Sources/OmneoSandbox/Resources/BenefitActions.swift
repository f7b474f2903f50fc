import Foundation
import OmneoHTTP
import OmneoModels

/// What can be done to a profile's benefits, shared by the admin (`/benefits`) and profile
/// (`/profiles/{id}/benefits`) routes: update, redeem, claim.
struct BenefitActions {
    let store: any SandboxStore

    /// Applies an update body (`RequestUpdateBenefit`) to benefit `id`.
    func update(id: Int, body: [String: JSONValue]) async throws -> BenefitRecord {
        let input = try BenefitInput.read(body, mode: .update)
        let now = Timestamp.now()
        let updated = try await store.updateBenefit(id: id) { record in
            input.apply(to: &record)
            record.updatedAt = now
        }
        return try updated.orNotFound()
    }

    /// Redeems benefit `id` once (422 unless redeemable) and records the redemption.
    func redeem(id: Int) async throws -> (benefit: BenefitRecord, redemption: RedemptionRecord) {
        let now = Timestamp.now()
        let redeemed = try await store.updateBenefit(id: id) { record in
            guard BenefitRules.isRedeemable(record, now: now) else {
                throw OmneoHTTPError.invalid(
                    "benefit", BenefitRules.isExpired(record, now: now)
                        ? "The benefit has expired." : "The benefit has no redemptions remaining.")
            }
            record.redemptionsRemaining = record.redemptionsRemaining.map { $0 - 1 }
            record.updatedAt = now
        }
        let benefit = try redeemed.orNotFound()
        let redemption = try await store.insertRedemption(
            RedemptionRecord(
                profileID: benefit.profileID, total: benefit.value ?? 0, redeemAt: now,
                items: [RedeemedItem(type: "benefit", id: benefit.id ?? 0, value: benefit.value)], createdAt: now,
                updatedAt: now))
        return (benefit, redemption)
    }

    /// Claims a benefit of the definition `input` names for `profileID` (422 when it may not).
    func claim(_ input: BenefitClaimInput, profileID: String) async throws -> (BenefitRecord, BenefitDefinitionRecord) {
        guard let definition = try await store.benefitDefinition(input.definition), let definitionID = definition.id
        else {
            throw OmneoHTTPError.invalid("definition", "The selected definition is invalid.")
        }
        var query = StoreQuery(page: PageRequest(number: 1, size: 1))
        query.conditions = [
            .equals(column: "profile_id", value: .text(profileID)),
            .equals(column: "benefit_definition_id", value: .integer(definitionID)),
        ]
        let held = try await store.benefits(query).total
        let now = Timestamp.now()
        if let refusal = BenefitRules.claimRefusal(definition, held: held, now: now) {
            throw OmneoHTTPError.invalid("definition", refusal)
        }
        var record = BenefitRules.issue(definition, to: profileID, timezone: input.timezone.identifier, now: now)
        record.claimedAt = now
        return (try await store.insertBenefit(record), definition)
    }
}
