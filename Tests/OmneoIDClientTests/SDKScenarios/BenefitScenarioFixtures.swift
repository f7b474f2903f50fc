import Foundation
import OmneoModels
import OmneoSandbox
import Testing

/// The fixtures Omneo's benefit ID scenarios (`src/tests/integration/id/profile/benefits/*.test.ts`)
/// create through the admin API, and their clean-up (204s).
struct BenefitScenarioFixtures {
    let live: LiveGateway
    let profileID = SandboxSeed.magentoProfileID

    /// `POST /benefits/definitions` with the scenario's payload.
    func createDefinition(_ json: String) async throws -> BenefitDefinition {
        let response = try await live.sandbox.request(.POST, "/benefits/definitions", json: json)
        #expect(response.status == 201, "\(response.text)")
        return try response.decode(DataEnvelope<BenefitDefinition>.self).data
    }

    /// The claimable definition of the claim scenarios (`buildDefinitionPayload`).
    func createClaimableDefinition(_ name: String, reclaimable: Bool = true, claimPeriod: Bool = true) async throws
        -> (definition: BenefitDefinition, name: String, handle: String)
    {
        let (name, handle) = ("\(name)_name", "\(name)_handle")
        let period = claimPeriod
            ? #","claim_period_start_at":"2025-01-01 00:00:00","claim_period_end_at":"2030-01-01 00:00:00""# : ""
        let definition = try await createDefinition(
            #"{"name":"\#(name)","handle":"\#(handle)","period":30,"is_published":true,"is_assignable":true,"is_claimable":true,"is_reclaimable":\#(reclaimable)\#(period)}"#
        )
        return (definition, name, handle)
    }

    /// `POST /benefits` for the profile, as `benefits.test.ts` issues it.
    func createBenefit(definitionID: Int, expiresAt: String = "2024-12-06") async throws -> Benefit {
        let response = try await live.sandbox.request(
            .POST, "/benefits",
            json: """
                {"profile_id":"\(profileID)","benefit_definition_id":\(definitionID),"external_id":"\(UUID().uuidString.prefix(10))",
                 "expires_at":"\(expiresAt)","issued_at":"2024-12-06 08:30:00","timezone":"Australia/Melbourne"}
                """)
        #expect(response.status == 201, "\(response.text)")
        return try response.decode(DataEnvelope<Benefit>.self).data
    }

    /// Tomorrow's UTC date, as `benefits.test.ts`'s redeem scenario computes its `expires_at`.
    static var tomorrow: String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date().addingTimeInterval(86_400))
    }

    /// The scenarios' `afterAll`: every benefit, then every definition, deleted with a 204.
    func cleanUp(benefitIDs: [Int], definitionIDs: [Int]) async throws {
        for id in benefitIDs {
            #expect(try await live.sandbox.request(.DELETE, "/benefits/\(id)").status == 204)
        }
        for id in definitionIDs {
            #expect(try await live.sandbox.request(.DELETE, "/benefits/definitions/\(id)").status == 204)
        }
    }
}
