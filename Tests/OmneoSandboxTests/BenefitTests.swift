import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

/// `/benefits/definitions`, `/benefits` and `/profiles/{id}/benefits…` (`omneo-sdk`
/// `src/types/benefits.ts`, `src/id/resources/profile/benefits`).
@Suite struct BenefitTests {
    let profile = SandboxSeed.profileIDs[0]
    let other = SandboxSeed.profileIDs[1]

    func createDefinition(_ sandbox: SandboxHarness, _ json: String) async throws -> BenefitDefinition {
        let created = try await sandbox.request(.POST, "/benefits/definitions", json: json)
        #expect(created.status == 201, "\(created.text)")
        return try created.decode(DataEnvelope<BenefitDefinition>.self).data
    }

    @Test(arguments: SandboxHarness.stores)
    func seededBenefitsShowTheirStateAndFilter(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let benefits = try await sandbox.request(.GET, "/profiles/\(profile)/benefits")
                .decode(PageEnvelope<Benefit>.self)
            #expect(benefits.meta.total == 2)
            let coffee = try #require(benefits.data.first)
            #expect(coffee.definition?.handle == "free-coffee")
            #expect(coffee.isRedeemable && !coffee.isExpired && coffee.redemptionsRemaining == 2)
            let birthday = try #require(benefits.data.last)
            #expect(birthday.isExpired && !birthday.isRedeemable)

            let coffees = try await sandbox.request(.GET, "/profiles/\(profile)/benefits?filter[benefit_definition_id]=1")
                .decode(PageEnvelope<Benefit>.self)
            #expect(coffees.data.map(\.id) == [coffee.id])
            #expect(
                try await sandbox.request(.GET, "/profiles/\(profile)/benefits?filter[benefit_definition_id]=x").status
                    == 422)
            let redeemable = try await sandbox.request(.GET, "/profiles/\(profile)/redeemable_benefits")
                .decode(PageEnvelope<Benefit>.self)
            #expect(redeemable.data.map(\.id) == [coffee.id])
            #expect(redeemable.meta.total == 1)
            #expect(try await sandbox.request(.GET, "/profiles/\(other)/benefits/\(coffee.id)").status == 404)
            #expect(try await sandbox.request(.GET, "/profiles/\(profile)/benefits/999999").status == 404)
            let definitions = try await sandbox.request(.GET, "/benefits/definitions")
                .decode(PageEnvelope<BenefitDefinition>.self)
            #expect(definitions.data.map(\.handle) == ["free-coffee", "birthday-discount", "styling-night"])
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func benefitsAreIssuedInLocalTimeUpdatedRedeemedAndDeleted(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let definition = try await createDefinition(
                sandbox, #"{"name":"Test","handle":"test-benefit","period":30,"is_extendable":true,"max_redemptions":1}"#)
            #expect(definition.period == 30 && definition.isExtendable && !definition.isPublished)
            let duplicate = try await sandbox.request(
                .POST, "/benefits/definitions", json: #"{"name":"Test","handle":"test-benefit","period":30}"#)
            #expect(duplicate.status == 422)
            #expect(duplicate.text.contains("handle"))
            let invalid = try await sandbox.request(
                .POST, "/benefits/definitions", json: #"{"name":"x","type":"cake","period":-1}"#)
            #expect(invalid.status == 422)
            #expect(invalid.text.contains("handle") && invalid.text.contains("type") && invalid.text.contains("period"))

            let created = try await sandbox.request(
                .POST, "/benefits",
                json: """
                    {"benefit_definition_id":\(definition.id),"profile_id":"\(other)","external_id":"abc",
                     "expires_at":"2024-12-06","issued_at":"2024-12-06 08:30:00","timezone":"Australia/Melbourne"}
                    """)
            #expect(created.status == 201, "\(created.text)")
            let expired = try created.decode(DataEnvelope<Benefit>.self).data
            #expect(expired.issuedAt == "2024-12-05 21:30:00")
            #expect(expired.expiresAt == "2024-12-06 12:59:59")  // the end of that day in Melbourne
            #expect(expired.isExpired && !expired.isRedeemable)
            #expect(expired.profileID == other && expired.definition?.id == definition.id)
            let refused = try await sandbox.request(.POST, "/profiles/\(other)/benefits/\(expired.id)/redeem")
            #expect(refused.status == 422)
            #expect(refused.text.contains("expired"))

            let missing = try await sandbox.request(
                .POST, "/benefits",
                json: #"{"benefit_definition_id":999,"profile_id":"00000000-0000-4000-8000-000000000000","timezone":"Mars/Base"}"#)
            #expect(missing.status == 422)
            #expect(missing.text.contains("timezone"))

            let fresh = try await sandbox.request(
                .POST, "/benefits",
                json: #"{"benefit_definition_id":\#(definition.id),"profile_id":"\#(other)","timezone":"UTC"}"#)
            let benefit = try fresh.decode(DataEnvelope<Benefit>.self).data
            #expect(benefit.isRedeemable && benefit.redemptionsRemaining == 1 && benefit.expiresAt != nil)
            let updated = try await sandbox.request(
                .PUT, "/profiles/\(other)/benefits/\(benefit.id)", json: #"{"external_id":"changed"}"#)
            #expect(updated.status == 200, "\(updated.text)")
            #expect(try updated.decode(DataEnvelope<Benefit>.self).data.externalID == "changed")
            #expect(
                try await sandbox.request(.PUT, "/profiles/\(other)/benefits/\(benefit.id)", json: #"{"profile_id":"x"}"#)
                    .status == 422)
            #expect(try await sandbox.request(.PUT, "/profiles/\(profile)/benefits/\(benefit.id)", json: "{}").status == 404)

            let redeemed = try await sandbox.request(.POST, "/profiles/\(other)/benefits/\(benefit.id)/redeem")
            #expect(redeemed.status == 200, "\(redeemed.text)")
            let after = try redeemed.decode(DataEnvelope<Benefit>.self).data
            #expect(after.redemptionsRemaining == 0 && !after.isRedeemable)
            let again = try await sandbox.request(.POST, "/profiles/\(other)/benefits/\(benefit.id)/redeem")
            #expect(again.status == 422)

            #expect(try await sandbox.request(.DELETE, "/profiles/\(profile)/benefits/\(benefit.id)").status == 404)
            #expect(try await sandbox.request(.DELETE, "/profiles/\(other)/benefits/\(benefit.id)").status == 204)
            #expect(try await sandbox.request(.GET, "/benefits/\(benefit.id)").status == 404)
            #expect(try await sandbox.request(.DELETE, "/benefits/definitions/\(definition.id)").status == 204)
            #expect(try await sandbox.request(.GET, "/benefits/\(expired.id)").status == 404)  // cascaded
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func claimableDefinitionsAreClaimedOnceAndClaimRedeemRecordsARedemption(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let once = try await createDefinition(
                sandbox,
                #"{"name":"Once","handle":"once","period":30,"is_published":true,"is_claimable":true,"claim_period_start_at":"2025-01-01 00:00:00","claim_period_end_at":"2099-01-01 00:00:00"}"#
            )
            let closed = try await createDefinition(
                sandbox,
                #"{"name":"Closed","handle":"closed","period":30,"is_published":true,"is_claimable":true,"claim_period_end_at":"2020-01-01 00:00:00"}"#
            )
            let hidden = try await createDefinition(sandbox, #"{"name":"Hidden","handle":"hidden","period":30,"is_claimable":true}"#)

            let claimable = try await sandbox.request(.GET, "/profiles/\(other)/benefits/claimable")
            #expect(claimable.text.contains(#""id":"\#(once.id)""#))  // ids as strings
            let handles = try claimable.decode(DataEnvelope<[BenefitDefinition]>.self).data.map(\.handle)
            #expect(handles.contains("once") && handles.contains("styling-night"))
            #expect(!handles.contains("closed") && !handles.contains("hidden"))
            let viewable = try await sandbox.request(.GET, "/profiles/\(other)/benefits/viewable")
                .decode(DataEnvelope<[BenefitDefinition]>.self).data.map(\.handle)
            #expect(viewable.contains("closed") && !viewable.contains("hidden"))

            let claim = try await sandbox.request(
                .POST, "/profiles/\(other)/benefits/claim", json: #"{"definition":"once","timezone":"Australia/Melbourne"}"#)
            #expect(claim.status == 201, "\(claim.text)")
            let claimed = try claim.decode(DataEnvelope<Benefit>.self).data
            #expect(claimed.profileID == other && claimed.definition?.handle == "once" && claimed.claimedAt != nil)
            #expect(claimed.timezone == "Australia/Melbourne" && claimed.isRedeemable)
            let twice = try await sandbox.request(.POST, "/profiles/\(other)/benefits/claim", json: #"{"definition":"once"}"#)
            #expect(twice.status == 422)
            #expect(twice.text.contains("already been claimed"))
            let afterClaim = try await sandbox.request(.GET, "/profiles/\(other)/benefits/claimable")
                .decode(DataEnvelope<[BenefitDefinition]>.self).data.map(\.handle)
            #expect(!afterClaim.contains("once"))
            for body in [#"{"definition":"closed"}"#, #"{"definition":"\#(hidden.id)"}"#, #"{"definition":"nope"}"#, "{}"] {
                #expect(try await sandbox.request(.POST, "/profiles/\(other)/benefits/claim", json: body).status == 422)
            }
            #expect(closed.id > 0)

            let claimRedeem = try await sandbox.request(
                .POST, "/profiles/\(other)/benefits/claim-redeem", json: #"{"definition":"styling-night"}"#)
            #expect(claimRedeem.status == 201, "\(claimRedeem.text)")
            let redemption = try claimRedeem.decode(DataEnvelope<Redemption>.self).data
            #expect(redemption.id > 0 && redemption.profileID == other && redemption.type == "redeem")
            let item = try #require(redemption.items.first)
            #expect(item.type == "benefit")
            #expect(item.benefit?.profileID == other && item.benefit?.definition?.handle == "styling-night")
            #expect(item.benefit?.redemptionsRemaining == 0 && item.benefit?.isRedeemable == false)
        }
    }
}

/// `/profiles/{id}/redemptions…` (`src/id/resources/profile/redemptions`).
@Suite struct RedemptionTests {
    let profile = SandboxSeed.profileIDs[0]
    let other = SandboxSeed.profileIDs[1]

    @Test(arguments: SandboxHarness.stores)
    func redemptionsAreListedReadAndCounted(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            #expect(
                try await sandbox.request(.GET, "/profiles/\(profile)/redemptions").decode(PageEnvelope<Redemption>.self)
                    .meta.total == 0)
            let coffee = try #require(
                try await sandbox.request(.GET, "/profiles/\(profile)/redeemable_benefits")
                    .decode(PageEnvelope<Benefit>.self).data.first)
            for _ in 0..<2 {
                #expect(try await sandbox.request(.POST, "/profiles/\(profile)/benefits/\(coffee.id)/redeem").status == 200)
            }
            let spent = try await sandbox.request(.POST, "/profiles/\(profile)/redeem", json: #"{"amount":21}"#)
            #expect(spent.status == 201)
            let list = try await sandbox.request(.GET, "/profiles/\(profile)/redemptions?page[size]=999")
            #expect(list.status == 200, "\(list.text)")
            let redemptions = try list.decode(PageEnvelope<Redemption>.self)
            #expect(redemptions.meta.total == 3)
            let latest = try #require(redemptions.data.first { $0.total == 21 })
            #expect(latest.items.map(\.type) == ["reward", "point"])
            #expect(latest.items.map(\.value) == [20, 100])
            let one = try await sandbox.request(.GET, "/profiles/\(profile)/redemptions/\(latest.id)")
                .decode(DataEnvelope<Redemption>.self).data
            #expect(one == latest)
            #expect(try await sandbox.request(.GET, "/profiles/\(other)/redemptions/\(latest.id)").status == 404)
            let count = try await sandbox.request(.GET, "/profiles/\(profile)/redemptions/benefit/\(coffee.id)/count")
                .decode(DataEnvelope<RedemptionCount>.self).data
            #expect(count.count == 2)
            #expect(
                try await sandbox.request(.GET, "/profiles/\(other)/redemptions/benefit/\(coffee.id)/count")
                    .decode(DataEnvelope<RedemptionCount>.self).data.count == 0)
            #expect(try await sandbox.request(.GET, "/profiles/\(profile)/redemptions/cake/1/count").status == 422)
            #expect(try await sandbox.request(.GET, "/profiles/\(profile)/redemptions?page[size]=1001").status == 422)
        }
    }
}
