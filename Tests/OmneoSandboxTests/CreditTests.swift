import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

/// `/credits/definitions`, `/credits` and `/profiles/{id}/credits…` (`omneo-sdk` `src/types/credit.ts`).
@Suite struct CreditTests {
    let profile = SandboxSeed.profileIDs[0]
    let other = SandboxSeed.profileIDs[1]

    @Test(arguments: SandboxHarness.stores)
    func creditsAreIssuedListedRedeemedWithTheirSecurityCodeAndDeleted(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let definitionJSON = #"{"name":"Gift card","handle":"gift","type":"gift_card","value":100,"is_published":true}"#
            let created = try await sandbox.request(.POST, "/credits/definitions", json: definitionJSON)
            #expect(created.status == 201, "\(created.text)")
            let definition = try created.decode(DataEnvelope<CreditDefinition>.self).data
            #expect(try await sandbox.request(.POST, "/credits/definitions", json: definitionJSON).status == 422)
            #expect(
                try await sandbox.request(.POST, "/credits/definitions", json: #"{"name":"x","handle":"y","type":"cake"}"#)
                    .status == 422)

            let issued = try await sandbox.request(
                .POST, "/credits",
                json: """
                    {"credit_definition_handle":"gift","profile_id":"\(profile)","timezone":"Australia/Melbourne",
                     "issued_at":"2028-01-14 07:39:51","expires_at":"2028-01-14 15:56:02","recipient_email":"a@example.com",
                     "credit_number":"0123456789","security_code":"1113"}
                    """)
            #expect(issued.status == 201, "\(issued.text)")
            let credit = try issued.decode(DataEnvelope<Credit>.self).data
            #expect(credit.creditDefinitionID == definition.id && credit.valueInitial == 100 && credit.valueRemaining == 100)
            #expect(credit.issuedAt == "2028-01-13 20:39:51")
            #expect(
                try await sandbox.request(
                    .POST, "/credits", json: #"{"credit_definition_id":999,"profile_id":"\#(profile)","timezone":"UTC"}"#
                ).status == 422)

            let list = try await sandbox.request(.GET, "/profiles/\(profile)/credits").decode(PageEnvelope<Credit>.self)
            #expect(list.data.map(\.id) == [credit.id])
            #expect(try await sandbox.request(.GET, "/profiles/\(other)/credits/\(credit.id)").status == 404)

            let wrongCode = try await sandbox.request(
                .POST, "/profiles/\(profile)/credits/\(credit.id)/redeem", json: #"{"amount":10,"security_code":"0000"}"#)
            #expect(wrongCode.status == 422)
            #expect(wrongCode.text.contains("security_code") && !wrongCode.text.contains("1113"))
            let tooMuch = try await sandbox.request(
                .POST, "/profiles/\(profile)/credits/\(credit.id)/redeem", json: #"{"amount":101,"security_code":"1113"}"#)
            #expect(tooMuch.status == 422)
            let redeemed = try await sandbox.request(
                .POST, "/profiles/\(profile)/credits/\(credit.id)/redeem", json: #"{"amount":40,"security_code":"1113"}"#)
            #expect(redeemed.status == 201, "\(redeemed.text)")
            let redemption = try redeemed.decode(DataEnvelope<Redemption>.self).data
            #expect(redemption.type == "redeem" && redemption.total == 40)
            #expect(redemption.items.first?.type == "credit")
            #expect(redemption.items.first?.credit?.valueRemaining == 60)
            #expect(redemption.items.first?.credit?.creditDefinitionID == definition.id)

            #expect(try await sandbox.request(.DELETE, "/credits/\(credit.id)").status == 204)
            #expect(try await sandbox.request(.GET, "/credits/\(credit.id)").status == 404)
            #expect(try await sandbox.request(.DELETE, "/credits/definitions/\(definition.id)").status == 204)
        }
    }
}
