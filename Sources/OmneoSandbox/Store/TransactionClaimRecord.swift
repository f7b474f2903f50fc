import OmneoModels

/// A row of `transaction_claims`: a shopper's claim that a receipt is theirs, kept `pending`
/// (the sandbox never matches claims against transactions). `transaction_total` is Laravel's
/// `decimal:2` text (`"49.99"`), as Omneo answers it on reads.
public struct TransactionClaimRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var profileID: String
    public var status: String
    public var transactionReceiptRef: String
    public var transactionTransactedAt: String
    public var transactionTimezone: String?
    public var transactionTotal: String
    public var transactionLocationExternalCode: String?
    public var attempts: Int?
    public var claimedTransactionID: Int?
    public var claimedAt: String?
    public var lastCheckedAt: String?
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: Int? = nil, profileID: String, receiptRef: String, transactedAt: String, total: String,
        createdAt: String, updatedAt: String
    ) {
        self.id = id
        self.profileID = profileID
        self.status = "pending"
        self.transactionReceiptRef = receiptRef
        self.transactionTransactedAt = transactedAt
        self.transactionTotal = total
        self.attempts = 0
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The columns are Omneo's field names, as on the shared model.
    public typealias CodingKeys = TransactionClaim.CodingKeys
}
