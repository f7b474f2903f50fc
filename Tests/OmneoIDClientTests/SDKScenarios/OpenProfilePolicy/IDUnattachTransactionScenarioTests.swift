import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// Omneo's own ID scenario `src/tests/integration/id/profile/transactions/id-unattach-transaction.test.ts`
/// (`omneo/omneo-sdk`). Omneo answers `GET …/transactions/{id}/unattach` by taking the
/// transaction off the profile — a write behind a GET, which the default profile policy
/// refuses (transactions stay the retailer's): the scenario runs with
/// `OMNEO_ID_PROFILE_POLICY=open`.
@Suite struct IDUnattachTransactionScenarioTests {
    let profileID = SandboxSeed.magentoProfileID

    /// `id-unattach-transaction.test.ts`: the unattached transaction has no profile; the
    /// receipt can then be claimed (admin API) for the profile.
    @Test func idUnattachTransaction() async throws {
        try await LiveGateway.with(configure: { $0.profilePolicy = .open }) { live in
            let (client, _) = live.appClient(for: profileID)
            let receiptRef = String(UInt64.random(in: 1_000_000_000_000_000...9_999_999_999_999_999))
            let transaction = try await SDKTransactionFixture.create(
                live, profileID: profileID, itemName: "ID Unattach Transaction Test Product", receiptRef: receiptRef)

            let answer = try await client.me.send(method: .get, path: "transactions/\(transaction.id)/unattach")
            let object = try JSONSerialization.jsonObject(with: answer.body) as? [String: Any]
            let data = try #require(object?["data"] as? [String: Any])
            #expect(data["id"] as? Int == transaction.id)
            #expect(data["profile_id"] is NSNull)

            let claim = """
                {"profile_id":"\(profileID)","transaction_receipt_ref":"\(receiptRef)","transaction_timezone":"UTC",
                 "transaction_total":49.99,"transaction_transacted_at":"\(transaction.transactedAt?.prefix(10) ?? "")"}
                """
            let claimed = try await live.sandbox.request(.POST, "/profiles/\(profileID)/transactions/claims", json: claim)
            #expect(claimed.status == 201, "\(claimed.text)")
            #expect(try claimed.decode(DataEnvelope<TransactionClaim>.self).data.profileID == profileID)
            // The transaction is no longer the profile's.
            #expect(try await client.me.transactions().data.contains { $0.id == transaction.id } == false)
        }
    }

    /// Under the default policy the unattach GET is refused (403) and the transaction stays the profile's.
    @Test func theDefaultPolicyRefusesUnattaching() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            let transaction = try await SDKTransactionFixture.create(
                live, profileID: profileID, itemName: "ID Unattach Refused Test Product")
            let error = await omneoError { _ = try await client.me.send(method: .get, path: "transactions/\(transaction.id)/unattach") }
            #expect(error?.status == 403)
            #expect(try await client.me.transactions().data.contains { $0.id == transaction.id })
        }
    }
}
