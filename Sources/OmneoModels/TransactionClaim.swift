/// A shopper's claim that a receipt is theirs (`omneo-sdk` `src/types/transaction.ts`,
/// `TransactionClaim`; `src/types/transactions/*`, `RequestClaimTransaction`): Omneo checks it
/// against its transactions later (`status`, `attempts`, `claimed_transaction_id`).
///
/// Omneo answers `transaction_total` and `transaction_receipt_ref` as numbers on create (what
/// was sent) and as text on reads (`"49.99"`); decoding takes both.
public struct TransactionClaim: Codable, Sendable, Equatable {
    public var id: Int
    /// `pending` until Omneo has matched the claim; open, as Omneo may add states.
    public var status: String?
    public var profileID: String?
    public var transactionReceiptRef: String?
    /// `YYYY-MM-DD`.
    public var transactionTransactedAt: String?
    public var transactionTimezone: String?
    public var transactionTotal: Double?
    public var transactionLocationExternalCode: String?
    public var attempts: Int?
    public var claimedTransactionID: Int?
    public var claimedAt: String?
    public var lastCheckedAt: String?
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        id: Int, status: String?, profileID: String?, transactionReceiptRef: String?,
        transactionTransactedAt: String?, transactionTimezone: String?, transactionTotal: Double?,
        transactionLocationExternalCode: String?, attempts: Int? = nil, claimedTransactionID: Int? = nil,
        claimedAt: String? = nil, lastCheckedAt: String? = nil, createdAt: String? = nil, updatedAt: String? = nil
    ) {
        self.id = id
        self.status = status
        self.profileID = profileID
        self.transactionReceiptRef = transactionReceiptRef
        self.transactionTransactedAt = transactionTransactedAt
        self.transactionTimezone = transactionTimezone
        self.transactionTotal = transactionTotal
        self.transactionLocationExternalCode = transactionLocationExternalCode
        self.attempts = attempts
        self.claimedTransactionID = claimedTransactionID
        self.claimedAt = claimedAt
        self.lastCheckedAt = lastCheckedAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public enum CodingKeys: String, CodingKey {
        case id, status
        case profileID = "profile_id"
        case transactionReceiptRef = "transaction_receipt_ref"
        case transactionTransactedAt = "transaction_transacted_at"
        case transactionTimezone = "transaction_timezone"
        case transactionTotal = "transaction_total"
        case transactionLocationExternalCode = "transaction_location_external_code"
        case attempts
        case claimedTransactionID = "claimed_transaction_id"
        case claimedAt = "claimed_at"
        case lastCheckedAt = "last_checked_at"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id) ?? 0
        status = try c.decodeLenientString(.status)
        profileID = try c.decodeLenientString(.profileID)
        transactionReceiptRef = try c.decodeLenientString(.transactionReceiptRef)
        transactionTransactedAt = try c.decodeLenientString(.transactionTransactedAt)
        transactionTimezone = try c.decodeLenientString(.transactionTimezone)
        transactionTotal = try c.decodeLenientDouble(.transactionTotal)
        transactionLocationExternalCode = try c.decodeLenientString(.transactionLocationExternalCode)
        attempts = try c.decodeLenientInt(.attempts)
        claimedTransactionID = try c.decodeLenientInt(.claimedTransactionID)
        claimedAt = try c.decodeLenientString(.claimedAt)
        lastCheckedAt = try c.decodeLenientString(.lastCheckedAt)
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }

    public func encode(to encoder: any Encoder) throws {
        // Laravel writes every column, `null` included.
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(status, forKey: .status)
        try c.encode(profileID, forKey: .profileID)
        try c.encode(transactionReceiptRef, forKey: .transactionReceiptRef)
        try c.encode(transactionTransactedAt, forKey: .transactionTransactedAt)
        try c.encode(transactionTimezone, forKey: .transactionTimezone)
        try c.encode(transactionTotal, forKey: .transactionTotal)
        try c.encode(transactionLocationExternalCode, forKey: .transactionLocationExternalCode)
        try c.encode(attempts, forKey: .attempts)
        try c.encode(claimedTransactionID, forKey: .claimedTransactionID)
        try c.encode(claimedAt, forKey: .claimedAt)
        try c.encode(lastCheckedAt, forKey: .lastCheckedAt)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
    }
}

/// What a shopper sends to claim a receipt (`POST /profiles/me/transactions/claims`,
/// `omneo-sdk` `ClaimTransactionInput`): the receipt reference, total and date are required.
public struct TransactionClaimFields: Codable, Sendable, Equatable {
    public var transactionReceiptRef: String
    public var transactionTotal: Double
    /// `YYYY-MM-DD`.
    public var transactionTransactedAt: String
    public var transactionTimezone: String?
    public var transactionLocationExternalCode: String?

    public init(
        receiptRef: String, total: Double, transactedAt: String, timezone: String? = nil,
        locationExternalCode: String? = nil
    ) {
        transactionReceiptRef = receiptRef
        transactionTotal = total
        transactionTransactedAt = transactedAt
        transactionTimezone = timezone
        transactionLocationExternalCode = locationExternalCode
    }

    enum CodingKeys: String, CodingKey {
        case transactionReceiptRef = "transaction_receipt_ref"
        case transactionTotal = "transaction_total"
        case transactionTransactedAt = "transaction_transacted_at"
        case transactionTimezone = "transaction_timezone"
        case transactionLocationExternalCode = "transaction_location_external_code"
    }
}
