import Foundation

/// When a benefit is expired, redeemable or claimable (Omneo's rules as far as its SDK types
/// and ID tests show them; the rest is in docs/DECISIONS.md).
enum BenefitRules {
    /// Expired once `expires_at` has passed.
    static func isExpired(_ record: BenefitRecord, now: String) -> Bool {
        record.expiresAt.map { $0 <= now } ?? false
    }

    /// Redeemable while not expired and with redemptions remaining (always, when unlimited).
    static func isRedeemable(_ record: BenefitRecord, now: String) -> Bool {
        !isExpired(record, now: now) && (record.redemptionsRemaining ?? 1) > 0
    }

    /// Viewable by shoppers: published.
    static func isViewable(_ definition: BenefitDefinitionRecord) -> Bool {
        definition.isPublished
    }

    /// Why a profile holding `held` benefits of `definition` may not claim another now; `nil`
    /// when it may: published, claimable, inside its claim period (open bounds when unset),
    /// and not already held unless reclaimable.
    static func claimRefusal(_ definition: BenefitDefinitionRecord, held: Int, now: String) -> String? {
        guard definition.isPublished, definition.isClaimable else { return "The benefit is not claimable." }
        if let start = definition.claimPeriodStartAt, now < start { return "The claim period has not started." }
        if let end = definition.claimPeriodEndAt, now >= end { return "The claim period has ended." }
        if held > 0, !definition.isReclaimable { return "The benefit has already been claimed." }
        return nil
    }

    /// A benefit of `definition` for `profileID`, issued `now`, expiring after the definition's
    /// period (never when the period is 0), with the definition's `max_redemptions` (`nil`:
    /// unlimited).
    static func issue(
        _ definition: BenefitDefinitionRecord, to profileID: String, timezone: String, now: String
    ) -> BenefitRecord {
        var record = BenefitRecord(
            profileID: profileID, benefitDefinitionID: definition.id ?? 0, issuedAt: now,
            expiresAt: definition.period > 0
                ? LocalTime.adding(definition.period, definition.periodType, to: now) : nil,
            timezone: timezone, redemptionsRemaining: definition.maxRedemptions, createdAt: now, updatedAt: now)
        record.value = definition.value
        return record
    }
}
