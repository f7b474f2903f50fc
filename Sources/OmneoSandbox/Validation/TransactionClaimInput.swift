import Foundation
import OmneoHTTP
import OmneoModels

/// A claim of a receipt (`POST /profiles/{id}/transactions/claims`, `omneo-sdk`
/// `src/types/transaction.ts`, `ClaimTransactionInput`): `transaction_receipt_ref` (text or a
/// number), `transaction_total` (0 or more) and `transaction_transacted_at` (`YYYY-MM-DD`, or
/// with a time) required; `transaction_timezone` a time zone name; `profile_id`, when sent,
/// the profile of the path.
struct TransactionClaimInput: Sendable {
    var receiptRef: String
    var total: Double
    var transactedAt: String
    var timezone: String?
    var locationExternalCode: String?
    /// `transaction_receipt_ref` and `transaction_total` as sent: Omneo's create answer echoes them.
    var sentReceiptRef: JSONValue
    var sentTotal: JSONValue

    static let allowed: Set<String> = [
        "transaction_receipt_ref", "transaction_total", "transaction_transacted_at", "transaction_timezone",
        "transaction_location_external_code", "profile_id",
    ]

    static func read(_ object: [String: JSONValue], profileID: String) throws -> TransactionClaimInput {
        var reader = InputReader(object, mode: .create, allowed: allowed)
        let receiptRef = reader.identifier("transaction_receipt_ref", required: true).value
        let total = reader.number("transaction_total", required: true, nullable: false, range: 0...1e9).value
        let transactedAt = reader.string("transaction_transacted_at", required: true, maxLength: 19).value
        if let transactedAt, !(CalendarText.isDate(transactedAt) || TransactionInput.isDateTime(transactedAt)) {
            reader.add(
                "transaction_transacted_at",
                "The transaction transacted at must be a date YYYY-MM-DD or YYYY-MM-DD HH:MM:SS.")
        }
        let timezone = reader.string("transaction_timezone", maxLength: 64).value
        if let timezone, TimeZone(identifier: timezone) == nil {
            reader.add("transaction_timezone", "The transaction timezone must be a valid time zone.")
        }
        let locationExternalCode = reader.identifier("transaction_location_external_code").value
        if let sent = reader.identifier("profile_id").value, sent != profileID {
            reader.add("profile_id", "The profile id must be the claiming profile's.")
        }
        try reader.errors.check()
        guard let receiptRef, let total, let transactedAt else {
            throw OmneoHTTPError.invalid(["transaction_receipt_ref": ["The claim is incomplete."]])
        }
        return TransactionClaimInput(
            receiptRef: receiptRef, total: total, transactedAt: transactedAt, timezone: timezone,
            locationExternalCode: locationExternalCode, sentReceiptRef: object["transaction_receipt_ref"] ?? .null,
            sentTotal: object["transaction_total"] ?? .null)
    }

    /// A new pending claim of the profile.
    func record(profileID: String, now: String) -> TransactionClaimRecord {
        var record = TransactionClaimRecord(
            profileID: profileID, receiptRef: receiptRef, transactedAt: transactedAt,
            total: String(format: "%.2f", total), createdAt: now, updatedAt: now)
        record.transactionTimezone = timezone
        record.transactionLocationExternalCode = locationExternalCode
        return record
    }
}
