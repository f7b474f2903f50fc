import OmneoModels

/// A profile's ledger, derived from what the sandbox keeps (`omneo/docs`
/// `source/includes/endpoints/ledgers.md`): one entry per transaction (`dollar_value` = its
/// total), per points issue (`point_value` = its initial value) and per points redemption
/// (the part of a point no longer remaining, negative, at the point's `updated_at`), oldest
/// first, with the running point balance, which ends at the sum of remaining points. Ids are
/// stable: `3 × transaction id`, `3 × point id + 1` (issue), `3 × point id + 2` (redemption).
/// A plain synchronous computation.
enum ProfileLedger {
    /// 100 points are worth $1 (as ``ProfileBalancesRule``).
    static let pointsPerDollar = 100.0

    static func entries(transactions: [Transaction], points: [Point]) -> [Ledger] {
        struct Entry {
            var at: String
            var id: Int
            var points: Double
            /// The entry, given the point balance after it.
            var make: (Double) -> Ledger
        }
        var entries: [Entry] = []
        for transaction in transactions where !transaction.isVoid {
            entries.append(
                Entry(at: transaction.transactedAt ?? "", id: transaction.id * 3, points: 0) { pointBalance in
                    Ledger(
                        id: transaction.id * 3, type: "transaction", description: "Transaction",
                        dollarValue: transaction.total, dollarBalance: 0, pointValue: 0, pointBalance: pointBalance,
                        pointDollarValue: 0, typeAttributes: Resources.json(transaction),
                        createdAt: transaction.createdAt)
                })
        }
        for point in points {
            entries.append(
                Entry(at: point.issuedAt ?? "", id: point.id * 3 + 1, points: point.valueInitial) { pointBalance in
                    Ledger(
                        id: point.id * 3 + 1, type: "point", description: point.description ?? point.definition?.name,
                        dollarValue: 0, dollarBalance: 0, pointValue: point.valueInitial,
                        pointBalance: pointBalance, pointDollarValue: point.valueInitial / pointsPerDollar,
                        expiresAt: point.expiresAt, typeAttributes: Resources.json(point), createdAt: point.createdAt)
                })
        }
        for point in points {
            let redeemed = point.valueInitial - (point.valueRemaining ?? point.valueInitial)
            guard redeemed > 0 else { continue }
            entries.append(
                Entry(at: point.updatedAt ?? point.issuedAt ?? "", id: point.id * 3 + 2, points: -redeemed) {
                    pointBalance in
                    Ledger(
                        id: point.id * 3 + 2, type: "redemption",
                        description: "Redeemed: " + (point.description ?? point.definition?.name ?? "points"),
                        dollarValue: 0, dollarBalance: 0, pointValue: -redeemed, pointBalance: pointBalance,
                        pointDollarValue: -redeemed / pointsPerDollar, typeAttributes: Resources.json(point),
                        createdAt: point.updatedAt)
                })
        }
        var balance = 0.0
        return entries.sorted { ($0.at, $0.id) < ($1.at, $1.id) }.map { entry in
            balance += entry.points
            return entry.make(balance)
        }
    }
}
