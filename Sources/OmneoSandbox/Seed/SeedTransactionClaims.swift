import Foundation

/// A pending claim for every second seeded profile (the first, third, …): a paper receipt
/// from the profile's joined store, a week after its seeded sales, that no transaction
/// matches yet.
func seedTransactionClaims() -> [TransactionClaimRecord] {
    seedProfiles.enumerated().filter { $0.offset % 2 == 0 }.enumerated().map { number, entry in
        let (index, seed) = entry
        let day = String(format2: 8 + index * 3)
        let at = "2026-02-\(day) 18:30:00"
        var claim = TransactionClaimRecord(
            id: number + 1, profileID: seed.id, receiptRef: "RPOS-\(index + 1)-0100", transactedAt: "2026-02-\(day)",
            total: String(format: "%.2f", 84.90 + Double(index) * 10), createdAt: at, updatedAt: at)
        claim.transactionTimezone = "Australia/Melbourne"
        claim.transactionLocationExternalCode = String(seed.joinedLocationID)
        return claim
    }
}
