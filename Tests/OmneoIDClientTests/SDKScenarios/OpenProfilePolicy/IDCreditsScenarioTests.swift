import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// Omneo's own ID scenarios for credits (`omneo/omneo-sdk`
/// `src/tests/integration/id/profile/credits/*.test.ts`), one test per file: a credit
/// definition and a credit created through the sandbox's admin API, the ID calls through the
/// gateway. Redeeming a credit is a write the default profile policy refuses, so these run with
/// `OMNEO_ID_PROFILE_POLICY=open`.
@Suite struct IDCreditsScenarioTests {
    let profileID = SandboxSeed.magentoProfileID

    /// The scenarios' fixtures: `POST /credits/definitions` then `POST /credits`.
    func createCredit(_ live: LiveGateway, _ name: String) async throws -> (definitionID: Int, credit: Credit) {
        let definition = try await live.sandbox.request(
            .POST, "/credits/definitions",
            json: #"{"name":"\#(name)","handle":"\#(name)_handle","is_published":true,"is_extendable":true,"is_assignable":true,"is_releasable":true,"type":"gift_card","value":100}"#
        )
        #expect(definition.status == 201, "\(definition.text)")
        let definitionID = try definition.decode(DataEnvelope<CreditDefinition>.self).data.id
        let credit = try await live.sandbox.request(
            .POST, "/credits",
            json: """
                {"credit_definition_id":\(definitionID),"credit_definition_handle":"\(name)_handle","profile_id":"\(profileID)",
                 "creator_profile_id":"\(profileID)","staff_id":"\(profileID)","name":"\(name)","timezone":"Australia/Melbourne",
                 "issued_at":"2028-01-14 07:39:51","expires_at":"2028-01-14 15:56:02","released_at":"2028-01-14 13:00:00",
                 "recipient_first_name":"example","recipient_email":"example@example.com","message":"\(name)_message",
                 "value_initial":100,"credit_number":"0123456789","security_code":"1113"}
                """)
        #expect(credit.status == 201, "\(credit.text)")
        return (definitionID, try credit.decode(DataEnvelope<Credit>.self).data)
    }

    func cleanUp(_ live: LiveGateway, _ definitionID: Int, _ creditID: Int) async throws {
        #expect(try await live.sandbox.request(.DELETE, "/credits/\(creditID)").status == 204)
        #expect(try await live.sandbox.request(.DELETE, "/credits/definitions/\(definitionID)").status == 204)
    }

    /// `id-list-profile-credits.test.ts`
    @Test func idListProfileCredits() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let (client, _) = live.appClient(for: profileID)
            let (definitionID, created) = try await createCredit(live, "sdk_name_for_id_profile_list_credits")
            let credit = try await client.me.credits().data.first { $0.id == created.id }
            #expect(credit != nil)
            #expect(credit?.creditDefinitionID == definitionID)
            #expect(credit?.profileID == profileID)
            #expect(credit?.creatorProfileID == profileID)
            #expect(credit?.staffID == profileID)
            #expect(credit?.name == "sdk_name_for_id_profile_list_credits")
            #expect(credit?.timezone == "Australia/Melbourne")
            #expect(credit?.recipientFirstName == "example")
            #expect(credit?.recipientEmail == "example@example.com")
            #expect(credit?.message == "sdk_name_for_id_profile_list_credits_message")
            #expect(credit?.valueInitial == 100)
            #expect(credit?.creditNumber == "0123456789")
            #expect(credit?.securityCode == "1113")
            try await cleanUp(live, definitionID, created.id)
        }
    }

    /// `id-redeem-profile-credit.test.ts`
    @Test func idRedeemProfileCredit() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let (client, _) = live.appClient(for: profileID)
            let (definitionID, created) = try await createCredit(live, "sdk_name_for_id_profile_redeem_credit")
            let redemption = try await client.me.redeemCredit(created.id, amount: 100, securityCode: "1113")
            #expect(redemption.type == "redeem")
            #expect(redemption.total == 100)
            #expect(redemption.items.count > 0)
            #expect(redemption.items.first?.type == "credit")
            let credit = try #require(redemption.items.first?.credit)
            #expect(credit.id == created.id)
            #expect(credit.creditDefinitionID == definitionID)
            #expect(credit.profileID == profileID)
            try await cleanUp(live, definitionID, created.id)
        }
    }
}
