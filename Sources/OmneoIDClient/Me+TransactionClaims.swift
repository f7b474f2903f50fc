import Foundation
import OmneoModels

extension OmneoIDClient.Me {
    /// A page of the profile's claims of receipts, the latest first; `receiptRef` keeps only
    /// the claims of that receipt (`GET /profiles/me/transactions/claims`).
    public func transactionClaims(receiptRef: String? = nil, page: Int? = nil, pageSize: Int? = nil) async throws
        -> PageEnvelope<TransactionClaim>
    {
        var query = pagingQuery(page: page, pageSize: pageSize)
        if let receiptRef { query.append(URLQueryItem(name: "filter[transaction_receipt_ref]", value: receiptRef)) }
        return try await client.page(TransactionClaim.self, path("transactions", "claims"), query: query)
    }

    /// One of the profile's claims (`GET /profiles/me/transactions/claims/{id}`).
    public func transactionClaim(_ id: Int) async throws -> TransactionClaim {
        try await client.data(TransactionClaim.self, .get, path("transactions", "claims", String(id)))
    }

    /// Claims a receipt for the profile; Omneo matches it with its transactions later
    /// (`POST /profiles/me/transactions/claims`; a write the default profile policy refuses).
    @discardableResult
    public func claimTransaction(_ fields: TransactionClaimFields) async throws -> TransactionClaim {
        try await client.data(
            TransactionClaim.self, .post, path("transactions", "claims"), body: JSONCoding.body(fields))
    }

    /// Withdraws one of the profile's claims (`DELETE /profiles/me/transactions/claims/{id}`).
    public func deleteTransactionClaim(_ id: Int) async throws {
        _ = try await client.send(.delete, path("transactions", "claims", String(id)))
    }
}
