import OmneoModels

/// How the sandbox places a profile among the tiers: the value counted is its spend (non-void
/// transaction totals) over the 12 months before `now`; an assigned tier wins, otherwise the
/// highest tier whose `value_min` that value reaches (or none). `next_tier` / `prev_tier` are
/// the neighbours by `value_min`. A plain synchronous computation.
enum TierProgressRule {
    static func progress(
        profileID: String, definitions: [TierDefinition], assigned: ProfileTierRecord?,
        transactions: [TransactionRecord], now: String
    ) -> TierProgress {
        let since = LocalTime.adding(-12, "months", to: now) ?? ""
        let value = transactions.filter { !$0.isVoid && $0.transactedAt >= since }.reduce(0) { $0 + $1.total }
        let ordered = definitions.sorted { ($0.valueMin ?? 0, $0.id) < ($1.valueMin ?? 0, $1.id) }
        let currentIndex =
            assigned.flatMap { assigned in ordered.firstIndex { $0.id == assigned.tierDefinitionID } }
            ?? ordered.lastIndex { ($0.valueMin ?? 0) <= value }
        let next = currentIndex.map { $0 + 1 < ordered.count ? ordered[$0 + 1] : nil } ?? ordered.first
        let previous = currentIndex.flatMap { $0 > 0 ? ordered[$0 - 1] : nil }
        return TierProgress(
            profileID: profileID, currentTier: currentIndex.map { ordered[$0] }, nextTier: next,
            prevTier: previous, totalPoints12m: value,
            nextRemain: next.map { max(0, ($0.valueMin ?? 0) - value) }, assignedAt: assigned?.assignedAt)
    }
}
