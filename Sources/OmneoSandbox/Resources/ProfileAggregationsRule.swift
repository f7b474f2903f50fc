import Foundation
import OmneoModels

/// How the sandbox derives a profile's aggregations from its transactions (`omneo-sdk`
/// `src/types/profile/aggregations.ts`, whose comments define the dimensions). A purchase is a
/// non-void transaction with a positive total; spend sums every non-void total (refunds
/// subtract). Channel: a transaction with an `order_number` is `web`, one without is `pos`.
/// A plain synchronous computation.
enum ProfileAggregationsRule {
    static func aggregations(
        profileID: String, joinedAt: String, transactions: [TransactionRecord], now: String
    ) -> ProfileAggregations {
        var result = ProfileAggregations(profileID: profileID)
        let counted = transactions.filter { !$0.isVoid }
        let purchases = counted.filter { $0.total > 0 }.sorted { ($0.transactedAt, $0.id ?? 0) < ($1.transactedAt, $1.id ?? 0) }
        let since = LocalTime.adding(-12, "months", to: now) ?? ""
        let counted12m = counted.filter { $0.transactedAt >= since }
        let purchases12m = purchases.filter { $0.transactedAt >= since }
        let shopDays = Array(Set(purchases.map { String($0.transactedAt.prefix(10)) })).sorted()

        result.shopDays = shopDays.count
        result.shopCount = purchases.count
        result.spendAll = rounded(counted.reduce(0) { $0 + $1.total })
        result.spend12m = rounded(counted12m.reduce(0) { $0 + $1.total })
        result.spendAtvAll = purchases.isEmpty ? 0 : rounded((result.spendAll ?? 0) / Double(purchases.count))
        result.spendAtv12m = purchases12m.isEmpty ? 0 : rounded((result.spend12m ?? 0) / Double(purchases12m.count))
        let discounts = purchases.compactMap { purchase -> Double? in
            guard let original = purchase.totalOriginal, original > 0 else { return nil }
            return max(0, original - purchase.total) / original * 100
        }
        result.discountAvg = discounts.isEmpty ? 0 : rounded(discounts.reduce(0, +) / Double(discounts.count))
        result.spendFirstDate = purchases.first?.transactedAt
        result.spendLastDate = purchases.last?.transactedAt
        result.latestShopSpend = purchases.last?.total
        result.latestShopCurrency = purchases.last?.currency
        result.firstShopDays = purchases.first.flatMap { days(from: $0.transactedAt, to: now) }
        result.latestShopDays = purchases.last.flatMap { days(from: $0.transactedAt, to: now) }
        let gaps = zip(shopDays, shopDays.dropFirst()).compactMap { days(from: $0, to: $1) }
        result.averageShopDays = gaps.isEmpty ? nil : rounded(Double(gaps.reduce(0, +)) / Double(gaps.count))

        result.dimensionFrequency = frequency(purchases: purchases.count, averageGap: result.averageShopDays)
        result.dimensionRecency = result.spendLastDate.flatMap { recency(lastShop: $0, now: now) }
        result.dimensionJoin = days(from: joinedAt, to: now).map(join)
        let web = purchases.contains { $0.orderNumber != nil }
        let pos = purchases.contains { $0.orderNumber == nil }
        result.channel = web && pos ? "CO" : web ? "CM" : pos ? "CF" : nil
        return result
    }

    /// F0 never, F1 once, F2 twice; from three purchases FL (> 30 days between them on
    /// average) or FH.
    static func frequency(purchases: Int, averageGap: Double?) -> String {
        switch purchases {
        case 0: "F0"
        case 1: "F1"
        case 2: "F2"
        default: (averageGap ?? 0) > 30 ? "FL" : "FH"
        }
    }

    /// RR ≥ 60 months ago, RL ≥ 24, RI ≥ 12, RA ≥ 6, RS ≥ 3, else RC.
    static func recency(lastShop: String, now: String) -> String? {
        let thresholds: [(Int, String)] = [(60, "RR"), (24, "RL"), (12, "RI"), (6, "RA"), (3, "RS")]
        for (months, code) in thresholds {
            guard let limit = LocalTime.adding(-months, "months", to: now) else { return nil }
            if lastShop <= limit { return code }
        }
        return "RC"
    }

    /// JN ≤ 90 days, JC ≤ 365, then J1 (≤ 730), J2 (≤ 1095)… per year.
    static func join(days: Int) -> String {
        if days <= 90 { return "JN" }
        if days <= 365 { return "JC" }
        return "J\((days - 1) / 365)"
    }

    /// Whole days between two `YYYY-MM-DD[ HH:MM:SS]` times (UTC).
    static func days(from start: String, to end: String) -> Int? {
        guard let from = date(start), let to = date(end) else { return nil }
        return Int((to.timeIntervalSince(from) / 86_400).rounded(.down))
    }

    private static func date(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = text.count > 10 ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd"
        return formatter.date(from: String(text.prefix(19)))
    }

    private static func rounded(_ value: Double) -> Double {
        (value * 100).rounded() / 100
    }
}
