import Foundation
import OmneoModels

/// A field `me.findTransaction` can match on (`filter[field]=value`).
public enum TransactionFilterField: String, Sendable, CaseIterable {
    case externalID = "external_id"
    case receiptRef = "receipt_ref"
    case orderNumber = "order_number"
}

extension OmneoIDClient.Me {
    /// A page of the profile's transactions, the latest first, with their items
    /// (`GET /profiles/me/transactions`).
    public func transactions(page: Int? = nil, pageSize: Int? = nil) async throws -> PageEnvelope<Transaction> {
        try await client.page(Transaction.self, path("transactions"), query: pagingQuery(page: page, pageSize: pageSize))
    }

    /// One of the profile's transactions (`GET /profiles/me/transactions/{id}`).
    public func transaction(_ id: Int) async throws -> Transaction {
        try await client.data(Transaction.self, .get, path("transactions", String(id)))
    }

    /// The profile's latest transaction whose `field` is `value`; `nil` when there is none
    /// (`GET /profiles/me/find-transactions`, 404 → `nil`, as Omneo's SDK does).
    public func findTransaction(_ field: TransactionFilterField, _ value: String) async throws -> Transaction? {
        do {
            return try await client.data(
                Transaction.self, .get, path("find-transactions"),
                query: [URLQueryItem(name: "filter[\(field.rawValue)]", value: value)])
        } catch let error as OmneoIDError where error.status == 404 {
            return nil
        }
    }

    /// The profile's orders, the latest first (`GET /profiles/me/group_transactions`).
    public func groupedTransactions(page: Int? = nil, pageSize: Int? = nil) async throws -> [GroupedTransaction] {
        try await client.data(
            [GroupedTransaction].self, .get, path("group_transactions"),
            query: pagingQuery(page: page, pageSize: pageSize))
    }

    /// The product variants the profile bought, at or after `transactedSince`
    /// (`YYYY-MM-DD[ HH:MM:SS]`) when given (`GET /profiles/me/transaction-products`).
    public func transactionProducts(transactedSince: String? = nil) async throws -> [TransactionProduct] {
        try await client.data(
            [TransactionProduct].self, .get, path("transaction-products"),
            query: transactedSince.map { [URLQueryItem(name: "filter[transacted_at]", value: $0)] } ?? [])
    }
}
