import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

/// `/profiles/{id}/points` (`omneo-sdk` `src/types/points.ts`) and `/profiles/{id}/ledgers`
/// (`src/types/profiles/ledger.ts`, `omneo/docs` `ledgers.md`).
@Suite struct PointAndLedgerTests {
    let profile = SandboxSeed.profileIDs[0]
    let other = SandboxSeed.profileIDs[1]

    @Test(arguments: SandboxHarness.stores)
    func seededPointsAgreeWithTheBalanceAndTheLedger(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let points = try await sandbox.request(.GET, "/profiles/\(profile)/points").decode(PageEnvelope<Point>.self)
            #expect(points.meta.total == 2)
            #expect(points.data.first?.definition?.handle == "loyalty-points")  // the latest issued first
            let remaining = points.data.reduce(0) { $0 + ($1.valueRemaining ?? 0) }
            let balances = try await sandbox.request(.GET, "/profiles/\(profile)/balances")
                .decode(DataEnvelope<ProfileBalances>.self).data
            #expect(remaining == balances.pointBalance)

            let ledger = try await sandbox.request(.GET, "/profiles/\(profile)/ledgers")
                .decode(DataEnvelope<[Ledger]>.self).data
            #expect(ledger.map(\.type) == ["point", "redemption", "transaction", "transaction", "transaction", "point"])
            #expect(ledger.last?.pointBalance == balances.pointBalance)
            #expect(ledger.filter { $0.type == "transaction" }.allSatisfy { ($0.dollarValue ?? 0) != 0 })
            let first = try #require(ledger.first)
            let one = try await sandbox.request(.GET, "/profiles/\(profile)/ledgers/\(first.id)")
            #expect(try one.decode(DataEnvelope<Ledger>.self).data == first)
            #expect(try await sandbox.request(.GET, "/profiles/\(other)/ledgers/\(first.id)").status == 404)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func pointsAreIssuedUpdatedAndDeletedWithinTheirProfile(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let created = try await sandbox.request(
                .POST, "/profiles/\(profile)/points",
                json: #"{"point_definition_id":2,"value_initial":"50","issued_at":"2026-03-01 10:00:00","description":"Review"}"#)
            #expect(created.status == 201, "\(created.text)")
            let point = try created.decode(DataEnvelope<Point>.self).data
            #expect(point.valueInitial == 50 && point.valueRemaining == 50)
            #expect(point.definition?.handle == "bonus-points")

            let spent = try await sandbox.request(
                .PUT, "/profiles/\(profile)/points/\(point.id)", json: #"{"value_remaining":20}"#)
            #expect(try spent.decode(DataEnvelope<Point>.self).data.valueRemaining == 20)
            let ledger = try await sandbox.request(.GET, "/profiles/\(profile)/ledgers")
                .decode(DataEnvelope<[Ledger]>.self).data
            #expect(ledger.contains { $0.type == "redemption" && $0.pointValue == -30 })

            let tooMuch = try await sandbox.request(
                .PUT, "/profiles/\(profile)/points/\(point.id)", json: #"{"value_remaining":80}"#)
            #expect(tooMuch.status == 422)
            let invalid = try await sandbox.request(
                .POST, "/profiles/\(profile)/points", json: #"{"point_definition_id":9,"issued_at":"soon","colour":1}"#)
            #expect(invalid.status == 422)
            for field in ["point_definition_id", "value_initial", "issued_at", "colour"] {
                #expect(invalid.text.contains("\"\(field)\""), "\(field): \(invalid.text)")
            }
            #expect(try await sandbox.request(.GET, "/profiles/\(other)/points/\(point.id)").status == 404)
            #expect(try await sandbox.request(.DELETE, "/profiles/\(other)/points/\(point.id)").status == 404)
            #expect(try await sandbox.request(.DELETE, "/profiles/\(profile)/points/\(point.id)").status == 204)
            #expect(try await sandbox.request(.GET, "/profiles/\(profile)/points/\(point.id)").status == 404)
        }
    }
}
