import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// Omneo's own ID scenarios for claims of receipts (`omneo/omneo-sdk`
/// `src/tests/integration/id/profile/transaction-claims/*.test.ts`), one test per file: a
/// transaction of $49.99 created through the sandbox's admin API (`POST /transactions`), its
/// claim created through the gateway or the admin API
/// (`POST /profiles/{id}/transactions/claims`), then the SDK's ID call and assertions. Creating
/// and deleting a claim are writes the default profile policy refuses: they run with
/// `OMNEO_ID_PROFILE_POLICY=open`.
@Suite struct IDTransactionClaimsScenarioTests {
    let profileID = SandboxSeed.magentoProfileID

    /// The SDK's fixture transaction; its id.
    func createTransaction(_ live: LiveGateway, name: String) async throws -> Int {
        try await SDKTransactionFixture.create(live, profileID: profileID, itemName: name).id
    }

    /// The SDK's claim of that transaction: its id as `transaction_receipt_ref` (a number).
    func claimBody(transactionID: Int) -> [String: JSONValue] {
        [
            "transaction_transacted_at": .string(String(Self.now.prefix(10))),
            "transaction_location_external_code": .string("1"),
            "transaction_receipt_ref": .number(Double(transactionID)),
            "transaction_total": .number(49.99),
            "transaction_timezone": .string("UTC"),
            "profile_id": .string(profileID),
        ]
    }

    /// The claim created through the admin API, as the SDK's list, get and delete tests do; its id.
    func createClaim(_ live: LiveGateway, transactionID: Int) async throws -> Int {
        let body = String(decoding: try JSONEncoder().encode(claimBody(transactionID: transactionID)), as: UTF8.self)
        let created = try await live.sandbox.request(.POST, "/profiles/\(profileID)/transactions/claims", json: body)
        #expect(created.status == 201, "\(created.text)")
        return try created.decode(DataEnvelope<TransactionClaim>.self).data.id
    }

    /// `id-create-transaction-claim.test.ts`: the answer echoes what was sent.
    @Test func idCreateTransactionClaim() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let (client, _) = live.appClient(for: profileID)
            let transactionID = try await createTransaction(live, name: "ID_sdk_unit_Profile_Transaction_claim_create_item")
            let answer = try await client.me.send(
                method: .post, path: "transactions/claims", json: claimBody(transactionID: transactionID))
            let raw = try Self.data(answer)
            #expect(raw["profile_id"] as? String == profileID)
            #expect(raw["transaction_total"] as? Double == 49.99)
            #expect(raw["transaction_timezone"] as? String == "UTC")
            #expect(raw["transaction_receipt_ref"] as? Int == transactionID)
            #expect(raw["transaction_location_external_code"] as? String == "1")
            #expect(raw["id"] is Int)

            // The typed call does the same.
            let typed = try await client.me.claimTransaction(
                TransactionClaimFields(
                    receiptRef: String(transactionID), total: 49.99, transactedAt: String(Self.now.prefix(10)),
                    timezone: "UTC", locationExternalCode: "1"))
            #expect(typed.profileID == profileID)
            #expect(typed.transactionTotal == 49.99)
            #expect(typed.transactionReceiptRef == String(transactionID))
            #expect(typed.status == "pending")
        }
    }

    /// `id-list-transaction-claims.test.ts`: filtered by receipt, one claim, its total and
    /// receipt reference as text.
    @Test func idListTransactionClaims() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let (client, _) = live.appClient(for: profileID)
            let transactionID = try await createTransaction(live, name: "ID Profile Transaction claims list")
            _ = try await createClaim(live, transactionID: transactionID)
            let answer = try await client.me.send(
                method: .get, path: "transactions/claims",
                query: ["filter[transaction_receipt_ref]": String(transactionID)])
            let object = try JSONSerialization.jsonObject(with: answer.body) as? [String: Any]
            let claims = try #require(object?["data"] as? [[String: Any]])
            #expect(claims.count == 1)
            let claim = try #require(claims.first)
            #expect(claim["profile_id"] as? String == profileID)
            #expect(claim["transaction_total"] as? String == "49.99")
            #expect(claim["transaction_timezone"] as? String == "UTC")
            #expect(claim["transaction_receipt_ref"] as? String == String(transactionID))
            #expect(claim["transaction_location_external_code"] as? String == "1")

            let typed = try await client.me.transactionClaims(receiptRef: String(transactionID))
            #expect(typed.data.map(\.transactionTotal) == [49.99])
        }
    }

    /// `id-get-transaction-claim.test.ts`
    @Test func idGetTransactionClaim() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let (client, _) = live.appClient(for: profileID)
            let transactionID = try await createTransaction(live, name: "ID Profile Transaction claim get")
            let claimID = try await createClaim(live, transactionID: transactionID)
            let raw = try Self.data(try await client.me.send(method: .get, path: "transactions/claims/\(claimID)"))
            #expect(raw["profile_id"] as? String == profileID)
            #expect(raw["transaction_total"] as? String == "49.99")
            #expect(raw["transaction_timezone"] as? String == "UTC")
            #expect(raw["transaction_receipt_ref"] as? String == String(transactionID))
            #expect(raw["transaction_location_external_code"] as? String == "1")
            #expect(try await client.me.transactionClaim(claimID).id == claimID)
        }
    }

    /// `id-delete-transaction-claim.test.ts`: after the ID delete, the admin API answers 404.
    @Test func idDeleteTransactionClaim() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let (client, _) = live.appClient(for: profileID)
            let transactionID = try await createTransaction(live, name: "ID Profile Transaction claims delete")
            let claimID = try await createClaim(live, transactionID: transactionID)
            let deleted = try await client.me.send(method: .delete, path: "transactions/claims/\(claimID)")
            #expect(deleted.status == 204)
            let after = try await live.sandbox.request(.GET, "/profiles/\(profileID)/transactions/claims/\(claimID)")
            #expect(after.status == 404)
            #expect(try await live.sandbox.request(.DELETE, "/transactions/\(transactionID)").status == 204)
        }
    }

    /// Under the default policy a shopper can read claims but not create one.
    @Test func theDefaultPolicyRefusesCreatingAClaim() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            let error = await omneoError {
                _ = try await client.me.send(method: .post, path: "transactions/claims", json: claimBody(transactionID: 1))
            }
            #expect(error?.status == 403)
            // Reading works: only the seeded claim is there.
            let claims = try await client.me.transactionClaims()
            #expect(claims.data.map(\.transactionReceiptRef) == ["RPOS-1-0100"])
        }
    }

    static var now: String { SDKTransactionFixture.now }

    static func data(_ answer: TransportResponse) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: answer.body) as? [String: Any]
        return try #require(object?["data"] as? [String: Any])
    }
}
