import Foundation
import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

/// A profile's claims of receipts, `/profiles/{id}/transactions/claims` (`omneo-sdk`
/// `src/types/transaction.ts`, `TransactionClaim`; the assertions of its ID claim tests).
@Suite struct TransactionClaimTests {
    let profile = SandboxSeed.profileIDs[0]
    let other = SandboxSeed.profileIDs[1]

    @Test(arguments: SandboxHarness.stores)
    func seededClaimsArePendingWithTheirTotalAsText(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let response = try await sandbox.request(.GET, "/profiles/\(profile)/transactions/claims")
            #expect(response.status == 200)
            let page = try response.decode(PageEnvelope<TransactionClaim>.self)
            #expect(page.meta.total == 1)
            let claim = try #require(page.data.first)
            #expect(claim.profileID == profile)
            #expect(claim.status == "pending")
            #expect(claim.transactionReceiptRef == "RPOS-1-0100")
            #expect(claim.transactionTotal == 84.9)
            let raw = try #require((try response.object()["data"] as? [[String: Any]])?.first)
            #expect(raw["transaction_total"] as? String == "84.90")
            #expect(raw.keys.contains("claimed_transaction_id"))  // Laravel writes null columns too

            let none = try await sandbox.request(.GET, "/profiles/\(other)/transactions/claims")
            #expect(try none.decode(PageEnvelope<TransactionClaim>.self).data.isEmpty)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func aClaimIsCreatedFoundByReceiptReadAndDeleted(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let body = """
                {"transaction_transacted_at":"2026-12-04","transaction_location_external_code":"2",
                 "transaction_receipt_ref":4321,"transaction_total":49.99,"transaction_timezone":"UTC",
                 "profile_id":"\(profile)"}
                """
            let created = try await sandbox.request(.POST, "/profiles/\(profile)/transactions/claims", json: body)
            #expect(created.status == 201, "\(created.text)")
            // The create answer echoes the numbers sent, as Omneo's does.
            let echoed = try #require(try created.object()["data"] as? [String: Any])
            #expect(echoed["transaction_total"] as? Double == 49.99)
            #expect(echoed["transaction_receipt_ref"] as? Int == 4321)
            let claim = try created.decode(DataEnvelope<TransactionClaim>.self).data
            #expect(claim.status == "pending")
            #expect(claim.transactionTimezone == "UTC")
            #expect(claim.transactionLocationExternalCode == "2")

            // Reads answer them as text.
            let read = try await sandbox.request(.GET, "/profiles/\(profile)/transactions/claims/\(claim.id)")
            let readData = try #require(try read.object()["data"] as? [String: Any])
            #expect(readData["transaction_total"] as? String == "49.99")
            #expect(readData["transaction_receipt_ref"] as? String == "4321")
            #expect(try await sandbox.request(.GET, "/profiles/\(other)/transactions/claims/\(claim.id)").status == 404)

            let found = try await sandbox.request(
                .GET, "/profiles/\(profile)/transactions/claims?filter[transaction_receipt_ref]=4321")
            #expect(try found.decode(PageEnvelope<TransactionClaim>.self).data.map(\.id) == [claim.id])
            let all = try await sandbox.request(.GET, "/profiles/\(profile)/transactions/claims")
            #expect(try all.decode(PageEnvelope<TransactionClaim>.self).data.first?.id == claim.id)  // latest first

            #expect(try await sandbox.request(.DELETE, "/profiles/\(other)/transactions/claims/\(claim.id)").status == 404)
            #expect(try await sandbox.request(.DELETE, "/profiles/\(profile)/transactions/claims/\(claim.id)").status == 204)
            #expect(try await sandbox.request(.GET, "/profiles/\(profile)/transactions/claims/\(claim.id)").status == 404)
            #expect(try await sandbox.request(.DELETE, "/profiles/\(profile)/transactions/claims/\(claim.id)").status == 404)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func badClaimsAre422WithTheFieldsAndUnknownProfilesAre404(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let path = "/profiles/\(profile)/transactions/claims"
            let empty = try await sandbox.request(.POST, path, json: "{}")
            #expect(empty.status == 422)
            let errors = try #require(try empty.object()["errors"] as? [String: Any])
            #expect(
                Set(errors.keys)
                    == ["transaction_receipt_ref", "transaction_total", "transaction_transacted_at"])
            #expect(try empty.object()["message"] is String)

            let wrong = """
                {"transaction_receipt_ref":"R1","transaction_total":-1,"transaction_transacted_at":"04/12/2026",
                 "transaction_timezone":"Mars/Olympus","profile_id":"\(other)","colour":"red"}
                """
            let refused = try await sandbox.request(.POST, path, json: wrong)
            #expect(refused.status == 422)
            let wrongErrors = try #require(try refused.object()["errors"] as? [String: Any])
            #expect(
                Set(wrongErrors.keys) == [
                    "transaction_total", "transaction_transacted_at", "transaction_timezone", "profile_id", "colour",
                ])
            #expect(try await sandbox.request(.POST, path, json: "[1]").status == 400)
            #expect(try await sandbox.request(.GET, "\(path)?filter[colour]=red").status == 422)
            #expect(try await sandbox.request(.GET, "\(path)/abc").status == 404)

            let missing = "/profiles/00000000-0000-4000-8000-000000000000/transactions/claims"
            #expect(try await sandbox.request(.GET, missing).status == 404)
            let valid = #"{"transaction_receipt_ref":"R1","transaction_total":1,"transaction_transacted_at":"2026-12-04"}"#
            #expect(try await sandbox.request(.POST, missing, json: valid).status == 404)
        }
    }
}
