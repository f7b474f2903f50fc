import OmneoModels

extension Resources {
    /// A claim as Omneo answers reads of it: `transaction_total` and `transaction_receipt_ref`
    /// as text (`"49.99"`), the way the SDK's `id-get-transaction-claim` and
    /// `id-list-transaction-claims` tests expect them.
    static func transactionClaim(_ record: TransactionClaimRecord) -> JSONValue {
        claimJSON(
            record, total: .string(record.transactionTotal), receiptRef: .string(record.transactionReceiptRef))
    }

    /// A claim as Omneo answers its creation: the total and receipt reference as they were
    /// sent (the SDK's `id-create-transaction-claim` test compares them with its numbers).
    static func createdTransactionClaim(_ record: TransactionClaimRecord, input: TransactionClaimInput) -> JSONValue {
        claimJSON(record, total: input.sentTotal, receiptRef: input.sentReceiptRef)
    }

    /// The shared model, encoded, with Omneo's representation of the two fields it varies.
    private static func claimJSON(_ record: TransactionClaimRecord, total: JSONValue, receiptRef: JSONValue) -> JSONValue {
        let claim = TransactionClaim(
            id: record.id ?? 0, status: record.status, profileID: record.profileID,
            transactionReceiptRef: record.transactionReceiptRef,
            transactionTransactedAt: record.transactionTransactedAt, transactionTimezone: record.transactionTimezone,
            transactionTotal: Double(record.transactionTotal),
            transactionLocationExternalCode: record.transactionLocationExternalCode, attempts: record.attempts,
            claimedTransactionID: record.claimedTransactionID, claimedAt: record.claimedAt,
            lastCheckedAt: record.lastCheckedAt, createdAt: record.createdAt, updatedAt: record.updatedAt)
        return EncodedObject.json(
            claim,
            overriding: [
                TransactionClaim.CodingKeys.transactionTotal.rawValue: total,
                TransactionClaim.CodingKeys.transactionReceiptRef.rawValue: receiptRef,
            ])
    }
}
