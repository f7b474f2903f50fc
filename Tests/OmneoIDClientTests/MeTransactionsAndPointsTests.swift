import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// The typed calls for transactions, points and ledgers, through the gateway, and what the
/// default profile policy keeps the retailer's (writing points).
@Suite struct MeTransactionsAndPointsTests {
    @Test func transactionsPointsAndLedgersOfTheTokensProfile() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: SandboxSeed.magentoProfileID)
            let transactions = try await client.me.transactions(pageSize: 2)
            #expect(transactions.meta.total == 3)
            #expect(transactions.data.count == 2)
            let latest = try #require(transactions.data.first)
            #expect(try await client.me.transaction(latest.id) == latest)
            #expect(try await client.me.findTransaction(.externalID, "nope") == nil)
            #expect(try await client.me.groupedTransactions().map(\.orderNumber) == ["SO-10000", "WEB-20000"])
            #expect(try await client.me.transactionProducts().first?.id == 5011)

            // Another profile's transaction is not this token's.
            let others = try await live.sandbox.request(
                .GET, "/profiles/\(SandboxSeed.profileIDs[1])/transactions"
            ).decode(PageEnvelope<Transaction>.self)
            let foreign = try #require(others.data.first)
            let error = await omneoError { _ = try await client.me.transaction(foreign.id) }
            #expect(error?.status == 404)

            let points = try await client.me.points()
            #expect(points.data.count == 2)
            #expect(try await client.me.point(points.data[0].id) == points.data[0])
            let ledgers = try await client.me.ledgers()
            #expect(ledgers.last?.pointBalance == (try await client.me.balances()).pointBalance)
            #expect(try await client.me.ledger(ledgers[0].id) == ledgers[0])

            let write = await omneoError {
                _ = try await client.me.send(
                    method: .post, path: "points", json: ["point_definition_id": 1, "value_initial": 1000])
            }
            #expect(write?.status == 403)
            #expect(try await client.me.points().data.count == 2)
        }
    }
}
